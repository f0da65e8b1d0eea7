package vn.safeschool.followup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.safeschool.base.ui.PhoneColumns;
import vn.safeschool.base.ui.UiDates;
import vn.safeschool.followup.FollowUpCaseInfo;

/** Follow-up cases in a list; a click opens the case's page. */
class CaseGrid extends Grid<FollowUpCaseInfo> {

    CaseGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(c -> c.assigneeName()).setKey("unit").setHeader(getTranslation("followup.column.unit"))
                .setFlexGrow(2).setResizable(true);
        addColumn(c -> getTranslation("followup.type." + c.type().name())).setKey("type")
                .setHeader(getTranslation("followup.column.type")).setAutoWidth(true);
        addComponentColumn(c -> FollowUpLabels.status(this, c)).setKey("status")
                .setHeader(getTranslation("followup.column.status")).setAutoWidth(true);
        addColumn(c -> UiDates.dateTime(c.dueAt())).setKey("due").setHeader(getTranslation("followup.column.due"))
                .setAutoWidth(true);
        addColumn(FollowUpCaseInfo::campaignNumber).setKey("campaign")
                .setHeader(getTranslation("followup.column.campaign")).setAutoWidth(true);
        addColumn(c -> UiDates.dateTime(c.openedAt())).setKey("opened")
                .setHeader(getTranslation("followup.column.opened")).setAutoWidth(true);
        setPartNameGenerator(c -> c.overdue() ? "ss-followup-overdue-row" : null);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        PhoneColumns.hide(this, "type", "campaign", "opened");
        PhoneColumns.narrow(this, "status", "8em");
        PhoneColumns.narrow(this, "due", "6em");
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(FollowUpCaseView.class,
                FollowUpCaseView.parameters(click.getItem().id()))));
    }
}
