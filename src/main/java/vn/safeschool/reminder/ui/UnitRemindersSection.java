package vn.safeschool.reminder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import vn.safeschool.base.Dates;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.UnitSection;
import vn.safeschool.reminder.ReminderService;
import vn.safeschool.reminder.UnitReminders;

/** The "Reminders" tab of a unit's page: per campaign, how often and when last, and whether the school then acted. */
@org.springframework.stereotype.Component
class UnitRemindersSection implements UnitSection {

    private final ReminderService reminders;

    UnitRemindersSection(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public String titleKey() {
        return "reminder.unit.tab";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean available(OrgUnitInfo unit) {
        return true;
    }

    @Override
    public Component create(OrgUnitInfo unit) {
        UI ui = UI.getCurrent();
        Grid<UnitReminders> grid = new Grid<>();
        grid.setId("unit-reminders");
        grid.addColumn(UnitReminders::campaignNumber).setHeader(ui.getTranslation("reminder.log.campaign"))
                .setAutoWidth(true);
        grid.addColumn(UnitReminders::times).setKey("times").setHeader(ui.getTranslation("reminder.unit.times"))
                .setAutoWidth(true);
        grid.addColumn(r -> Dates.dateTime(r.lastAt(), ui.getLocale())).setKey("last")
                .setHeader(ui.getTranslation("reminder.unit.last")).setAutoWidth(true);
        grid.addColumn(r -> r.lastBy() == null ? ui.getTranslation("reminder.sender.schedule") : r.lastBy())
                .setKey("by").setHeader(ui.getTranslation("reminder.log.by")).setAutoWidth(true);
        grid.addColumn(r -> !unit.isSchool() ? "—" : ui.getTranslation(r.declaredWithinDay()
                ? "reminder.unit.acted.yes" : "reminder.unit.acted.no")).setKey("acted")
                .setHeader(ui.getTranslation("reminder.unit.acted")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setItems(reminders.unitHistory(unit.id()));
        return grid;
    }
}
