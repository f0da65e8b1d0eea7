package vn.safeschool.declaration.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import vn.safeschool.base.ui.PhoneColumns;
import vn.safeschool.declaration.DeclaredAnswer;
import vn.safeschool.declaration.SubmissionInfo;

/** Every submission so far, newest first, and from two of them on, a comparison of any two. */
class SubmissionHistory extends Composite<Div> {

    /** @param criteria the current answers, for the comparison's criterion texts */
    SubmissionHistory(List<SubmissionInfo> submissions, List<DeclaredAnswer> criteria) {
        Div root = getContent();
        root.add(new H2(getTranslation("declaration.history")), grid(submissions));
        if (submissions.size() >= 2) {
            root.add(new H3(getTranslation("declaration.compare")), new HistoryComparison(submissions, criteria,
                    s -> getTranslation("declaration.compare.version", s.revision(),
                            DeclarationView.when(s.submittedAt()))));
        }
    }

    private Grid<SubmissionInfo> grid(List<SubmissionInfo> submissions) {
        Grid<SubmissionInfo> grid = new Grid<>();
        grid.setId("declaration-history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<SubmissionInfo> revision = grid.addColumn(SubmissionInfo::revision)
                .setHeader(getTranslation("declaration.history.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> DeclarationView.when(s.submittedAt())).setKey("time")
                .setHeader(getTranslation("declaration.history.time")).setAutoWidth(true);
        grid.addColumn(s -> DeclarationView.statusText(this, s.assessment().status()))
                .setHeader(getTranslation("declaration.status")).setAutoWidth(true);
        Grid.Column<SubmissionInfo> met = grid.addColumn(s -> s.assessment().met() + "/" + s.assessment().total())
                .setHeader(getTranslation("declaration.history.met")).setAutoWidth(true);
        Grid.Column<SubmissionInfo> late = grid.addColumn(s -> getTranslation(s.late() ? "declaration.history.late"
                        : "declaration.history.on-time"))
                .setHeader(getTranslation("declaration.flag.late")).setAutoWidth(true);
        Grid.Column<SubmissionInfo> by = grid.addColumn(s -> s.onBehalf() ? getTranslation(
                        "declaration.history.on-behalf", s.submittedByName() == null ? "—" : s.submittedByName(),
                        s.onBehalfReason()) : s.submittedByName() == null ? "—" : s.submittedByName())
                .setHeader(getTranslation("declaration.history.by")).setAutoWidth(true);
        grid.addColumn(s -> DeclarationView.reason(this, s.assessment())).setHeader(getTranslation("declaration.reason"))
                .setFlexGrow(1);
        // a phone keeps when, the status and why (the reason says how many criteria were met)
        PhoneColumns.hide(grid, revision, met, late, by);
        PhoneColumns.narrow(grid, "time", "6em");
        grid.setItems(submissions);
        grid.setAllRowsVisible(true);
        if (submissions.isEmpty()) {
            grid.setEmptyStateText(getTranslation("declaration.history.none"));
        }
        return grid;
    }
}
