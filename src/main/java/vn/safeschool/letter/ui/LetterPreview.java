package vn.safeschool.letter.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.safeschool.base.Shares;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.letter.Letter;
import vn.safeschool.oversight.OverviewRow;

/**
 * The letter as it will print, live: header, recipients, the body with its numbers, "Nơi nhận" and the
 * signature, then the attached per-unit list. Its fixed words are the document's, in Vietnamese, whatever the
 * page's language.
 */
class LetterPreview extends Div {

    private final Div page = new Div();
    private final Paragraph problem = new Paragraph();
    private final Grid<OverviewRow> appendix = new Grid<>();

    LetterPreview() {
        setId("letter-preview");
        page.addClassName("ss-letter-page");
        page.setId("letter-page");
        problem.setId("letter-problem");
        problem.addClassName("ss-letter-problem");
        problem.setVisible(false);
        appendix.setId("letter-appendix");
        appendix.setAllRowsVisible(true);
        appendix.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        appendix.addColumn(this::name).setHeader(doc("export.column.name")).setFlexGrow(1).setWidth("12em");
        appendix.addColumn(OverviewRow::institutions).setHeader(doc("export.column.institutions")).setAutoWidth(true);
        appendix.addColumn(OverviewRow::safe).setHeader(doc("export.column.safe")).setAutoWidth(true);
        appendix.addColumn(OverviewRow::atRisk).setHeader(doc("export.column.at-risk")).setAutoWidth(true);
        appendix.addColumn(OverviewRow::unsafe).setHeader(doc("export.column.unsafe")).setAutoWidth(true);
        appendix.addColumn(OverviewRow::notDeclared).setHeader(doc("export.column.not-declared"))
                .setAutoWidth(true);
        appendix.addColumn(r -> Shares.format(r.declared(), r.institutions(), Translations.VIETNAMESE))
                .setHeader(doc("export.column.completion")).setAutoWidth(true);
        add(problem, page, new H3(getTranslation("letter.preview.appendix")), appendix);
    }

    void show(Letter letter) {
        problem.setVisible(false);
        page.removeAll();
        page.add(columns(
                column(line(letter.governingBody()), bold(letter.issuingBody()), rule(false),
                        line(letter.numberLine()), line(letter.subjectLine())),
                column(bold(doc("letter.doc.nation")), bold(doc("letter.doc.motto")), rule(true),
                        italic(letter.placeAndDate()))));
        Div to = new Div(line(doc("letter.doc.to")));
        to.addClassName("ss-letter-to");
        letter.recipients().forEach(r -> to.add(line("- " + r)));
        page.add(to);
        letter.body().forEach(text -> {
            Paragraph paragraph = new Paragraph(text);
            paragraph.addClassName("ss-letter-paragraph");
            page.add(paragraph);
        });
        Div copies = column(bold(doc("letter.doc.copies")));
        letter.copiesTo().forEach(c -> copies.add(line("- " + c)));
        Div signature = column();
        letter.signerTitle().forEach(t -> signature.add(bold(t)));
        Span signer = bold(letter.signerName());
        signer.addClassName("ss-letter-signer");
        signature.add(signer);
        Div closing = columns(copies, signature);
        closing.addClassName("ss-letter-closing");
        page.add(closing);
        appendix.setItems(letter.appendix());
    }

    /** What stops the letter from being composed, in place of the page. */
    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
        page.removeAll();
        appendix.setItems(List.of());
    }

    String pageText() {
        return page.getElement().getTextRecursively();
    }

    private String name(OverviewRow row) {
        return row.unit() == null ? doc("oversight.direct-units") : row.unit().name();
    }

    private String doc(String key) {
        return getTranslation(Translations.VIETNAMESE, key);
    }

    private static Div columns(Component left, Component right) {
        Div columns = new Div(left, right);
        columns.addClassName("ss-letter-columns");
        return columns;
    }

    private static Div column(Component... parts) {
        return new Div(parts);
    }

    private static Span line(String text) {
        Span span = new Span(text);
        span.addClassName("ss-letter-line");
        return span;
    }

    private static Span bold(String text) {
        Span span = line(text);
        span.addClassName("ss-letter-bold");
        return span;
    }

    private static Span italic(String text) {
        Span span = line(text);
        span.addClassName("ss-letter-italic");
        return span;
    }

    private static Div rule(boolean wide) {
        Div rule = new Div();
        rule.addClassName("ss-letter-rule");
        if (wide) {
            rule.addClassName("ss-wide");
        }
        return rule;
    }
}
