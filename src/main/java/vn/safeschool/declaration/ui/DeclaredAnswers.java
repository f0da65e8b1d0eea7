package vn.safeschool.declaration.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import vn.safeschool.base.ui.PhoneColumns;
import vn.safeschool.checklist.Phase;
import vn.safeschool.declaration.DeclaredAnswer;

/** The current answers, a grid per phase of the checklist; "none yet" for a school that has not declared. */
class DeclaredAnswers extends Composite<Div> {

    DeclaredAnswers(List<DeclaredAnswer> answers) {
        Div root = getContent();
        root.add(new H2(getTranslation("declaration.answers")));
        if (answers.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("declaration.no-answers"));
            none.setId("declaration-no-answers");
            root.add(none);
        }
        for (Phase phase : Phase.values()) {
            List<DeclaredAnswer> inPhase = answers.stream().filter(a -> a.criterion().phase() == phase).toList();
            if (!inPhase.isEmpty()) {
                root.add(new H3(getTranslation("declaration.phase." + phase.name())), grid(phase, inPhase));
            }
        }
    }

    private Grid<DeclaredAnswer> grid(Phase phase, List<DeclaredAnswer> answers) {
        Grid<DeclaredAnswer> grid = new Grid<>();
        grid.setId("declaration-answers-" + phase.name());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> a.criterion().number()).setHeader(getTranslation("declaration.criterion.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.criterion().text(getLocale())
                        + (a.criterion().mandatory() ? " (" + getTranslation("declaration.criterion.mandatory") + ")" : ""))
                .setHeader(getTranslation("declaration.criterion.text")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation(a.met() ? "declaration.met" : "declaration.not-met"))
                .setHeader(getTranslation("declaration.criterion.answer")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(a -> a.met() ? "ss-met" : "ss-not-met");
        Grid.Column<DeclaredAnswer> note = grid.addColumn(a -> a.note() == null ? "" : a.note())
                .setHeader(getTranslation("declaration.criterion.note")).setFlexGrow(1);
        PhoneColumns.hide(grid, note);
        grid.setItems(answers);
        grid.setAllRowsVisible(true);
        grid.addClassName("ss-answers");
        return grid;
    }
}
