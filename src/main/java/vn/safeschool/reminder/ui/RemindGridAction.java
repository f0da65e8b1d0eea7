package vn.safeschool.reminder.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.oversight.GridAction;
import vn.safeschool.oversight.GridSelection;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.StatusFilter;
import vn.safeschool.oversight.UnitRollup;
import vn.safeschool.reminder.ReminderService;
import vn.safeschool.reminder.TemplateService;

/**
 * The oversight grid's "Remind" button: the selected rows (the grid shows how many are selected), or — with nothing
 * selected — every unit one level below the user's home unit with institutions in the grid's filtered states (all
 * lagging ones when no state is chosen): a district admin's schools, the department's offices and direct units.
 * The dialog names them and says which of the two it is.
 */
@Component
class RemindGridAction implements GridAction {

    private static final Comparator<UnitRollup> BY_CODE = Comparator.comparing(r -> r.unit().code());

    private final ReminderService reminders;
    private final TemplateService templates;
    private final RollupService rollups;
    private final CampaignService campaigns;

    RemindGridAction(ReminderService reminders, TemplateService templates, RollupService rollups,
            CampaignService campaigns) {
        this.reminders = reminders;
        this.templates = templates;
        this.rollups = rollups;
        this.campaigns = campaigns;
    }

    @Override
    public String labelKey() {
        return "reminder.action";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.BELL;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean available() {
        return reminders.abilities().remind();
    }

    @Override
    public void open(GridSelection selection) {
        CampaignInfo campaign = campaigns.find(selection.filter().campaignId()).orElse(null);
        if (campaign == null) {
            return;
        }
        Set<StatusFilter> statuses = selection.filter().statuses().isEmpty() ? StatusFilter.LAGGING
                : selection.filter().statuses();
        boolean matchingFilter = selection.selected().isEmpty();
        List<UnitRollup> rows = matchingFilter ? lagging(selection.filter().asOf(null).onlyStatuses(statuses),
                selection.homeUnitId())
                : selection.selected().stream().filter(r -> r.unit().id() != selection.homeUnitId()).toList();
        List<Long> units = rows.stream().map(r -> r.unit().id()).toList();
        if (units.isEmpty()) {
            Notifications.error(com.vaadin.flow.component.UI.getCurrent().getTranslation(matchingFilter
                    ? "reminder.dialog.none-lagging" : "reminder.dialog.none-selected"));
            return;
        }
        boolean offices = reminders.abilities().remindOffices();
        new SendReminderDialog(reminders, templates, campaign, units, rows.stream().map(r -> r.unit().name())
                .toList(), statuses, matchingFilter, offices, selection.refresh()).open();
    }

    private List<UnitRollup> lagging(RollupFilter filter, long homeUnitId) {
        return rollups.children(filter, homeUnitId, BY_CODE).stream().filter(r -> r.matching() > 0).toList();
    }
}
