package vn.safeschool.declaration.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import vn.safeschool.declaration.CriterionChange;
import vn.safeschool.declaration.DeclaredAnswer;
import vn.safeschool.declaration.SubmissionInfo;

/** Two submissions side by side: which criteria changed between them, and how. */
class HistoryComparison extends Div {

    private final Select<SubmissionInfo> from = new Select<>();
    private final Select<SubmissionInfo> to = new Select<>();
    private final UnorderedList changes = new UnorderedList();
    private final Paragraph summary = new Paragraph();
    private final Map<Integer, String> criterionTexts;

    HistoryComparison(List<SubmissionInfo> newestFirst, List<DeclaredAnswer> criteria,
            Function<SubmissionInfo, String> label) {
        setId("declaration-comparison");
        criterionTexts = criteria.stream().collect(Collectors.toMap(a -> a.criterion().number(),
                a -> a.criterion().text(getLocale()), (a, b) -> a));
        from.setLabel(getTranslation("declaration.compare.from"));
        from.setId("compare-from");
        to.setLabel(getTranslation("declaration.compare.to"));
        to.setId("compare-to");
        for (Select<SubmissionInfo> select : List.of(from, to)) {
            select.setItems(newestFirst);
            select.setItemLabelGenerator(label::apply);
            select.addValueChangeListener(e -> refresh());
        }
        summary.setId("compare-summary");
        changes.setId("compare-changes");
        FlexLayout pickers = new FlexLayout(from, to);
        pickers.addClassName("ss-toolbar");
        pickers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(pickers, summary, changes);
        if (newestFirst.size() >= 2) {
            to.setValue(newestFirst.get(0));
            from.setValue(newestFirst.get(1));
        }
    }

    private void refresh() {
        changes.removeAll();
        SubmissionInfo older = from.getValue();
        SubmissionInfo newer = to.getValue();
        if (older == null || newer == null) {
            summary.setText("");
            return;
        }
        List<CriterionChange> found = CriterionChange.between(older, newer);
        summary.setText(getTranslation("declaration.compare.summary", older.revision(), newer.revision(),
                found.size()));
        for (CriterionChange change : found) {
            changes.add(new ListItem(describe(change)));
        }
    }

    private String describe(CriterionChange change) {
        String text = criterionTexts.getOrDefault(change.number(), "");
        String answer = getTranslation("declaration.compare.change", change.number(), text,
                met(change.metBefore()), met(change.metAfter()));
        if (change.noteAfter() != null && !change.noteAfter().equals(change.noteBefore())) {
            answer += " — " + getTranslation("declaration.compare.note", change.noteAfter());
        }
        return answer;
    }

    private String met(@Nullable Boolean met) {
        return getTranslation(met == null ? "declaration.compare.unanswered"
                : met ? "declaration.compare.met" : "declaration.compare.not-met");
    }
}
