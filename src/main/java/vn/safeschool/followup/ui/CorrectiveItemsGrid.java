package vn.safeschool.followup.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.ui.PhoneColumns;
import vn.safeschool.base.ui.RowActions;
import vn.safeschool.base.ui.UiDates;
import vn.safeschool.followup.CorrectiveItemInfo;
import vn.safeschool.followup.CorrectiveStatus;

/**
 * Corrective items: the criterion, its state, when it is due, how it was fixed. With {@code markFixed}, an open
 * item gets a button for the school to say it is fixed.
 */
class CorrectiveItemsGrid extends Grid<CorrectiveItemInfo> {

    CorrectiveItemsGrid(String id, boolean withSchool, @Nullable Consumer<CorrectiveItemInfo> markFixed) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (withSchool) {
            addColumn(i -> i.unitCode() + " — " + i.unitName()).setKey("school")
                    .setHeader(getTranslation("followup.column.unit")).setFlexGrow(2);
        }
        addColumn(i -> FollowUpLabels.criterion(this, i)).setKey("criterion")
                .setHeader(getTranslation("corrective.column.criterion")).setFlexGrow(3);
        addComponentColumn(i -> FollowUpLabels.itemStatus(this, i)).setKey("status")
                .setHeader(getTranslation("followup.column.status")).setAutoWidth(true);
        addColumn(i -> UiDates.dateTime(i.dueAt())).setKey("due").setHeader(getTranslation("followup.column.due"))
                .setAutoWidth(true);
        addColumn(CorrectiveItemInfo::campaignNumber).setKey("campaign")
                .setHeader(getTranslation("followup.column.campaign")).setAutoWidth(true);
        addColumn(this::outcome).setKey("outcome").setHeader(getTranslation("corrective.column.outcome"))
                .setFlexGrow(2);
        if (markFixed != null) {
            addComponentColumn(i -> fixButton(i, markFixed)).setKey("actions").setAutoWidth(true);
        }
        setPartNameGenerator(i -> i.overdue() ? "ss-followup-overdue-row" : null);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        PhoneColumns.hide(this, "school", "campaign", "outcome");
        PhoneColumns.narrow(this, "criterion", "5em");
        PhoneColumns.narrow(this, "status", "6em");
        PhoneColumns.narrow(this, "due", "6.5em");
        setAllRowsVisible(true);
    }

    private String outcome(CorrectiveItemInfo item) {
        return switch (item.status()) {
            case OPEN -> "";
            case FIXED -> getTranslation("corrective.fixed-by", item.fixedByName() == null ? "—" : item.fixedByName(),
                    item.fixedAt() == null ? "" : UiDates.dateTime(item.fixedAt()), item.fixedNote());
            case CLOSED -> getTranslation(item.closedAsSafe() ? "corrective.closed-as-safe"
                    : "corrective.closed-by-declaration",
                    item.closedAt() == null ? "" : UiDates.dateTime(item.closedAt()));
        };
    }

    private Component fixButton(CorrectiveItemInfo item, Consumer<CorrectiveItemInfo> markFixed) {
        if (item.status() != CorrectiveStatus.OPEN) {
            return new Span();
        }
        var button = RowActions.button(VaadinIcon.CHECK, getTranslation("corrective.mark-fixed"),
                () -> markFixed.accept(item));
        button.setId("mark-fixed-" + item.id());
        return button;
    }
}
