package vn.safeschool.reminder.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.safeschool.base.Dates;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.reminder.DeliveryInfo;
import vn.safeschool.reminder.ReminderKind;
import vn.safeschool.reminder.ReminderLogEntry;
import vn.safeschool.reminder.ReminderService;

/**
 * The reminders that reached units of the user's jurisdiction: when, by whom or by the schedule, to which units,
 * and per channel how many were delivered, seen, sent, pending, failed for good or not sent (e-mail off). A row
 * opens its deliveries, failures first, with the attempts and the last error.
 */
@Route("reminders")
@Menu(order = 15, icon = "vaadin:envelopes-o", title = "nav.reminders")
@RolesAllowed({Roles.DEPARTMENT_LEADER, Roles.DEPARTMENT_STAFF, Roles.DISTRICT_ADMIN})
public class ReminderLogView extends Main implements HasDynamicTitle {

    static final int SHOWN = 200;

    private final ReminderService reminders;
    private final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    private final Grid<ReminderLogEntry> log = new Grid<>();
    private final Grid<DeliveryInfo> deliveries = new Grid<>();
    private final H2 deliveriesTitle = new H2();

    ReminderLogView(ReminderService reminders, CampaignService campaigns) {
        this.reminders = reminders;
        addClassName("ss-page");
        campaign.setId("reminder-log-campaign");
        campaign.setLabel(getTranslation("dashboard.campaign"));
        campaign.setPlaceholder(getTranslation("reminder.log.all-campaigns"));
        campaign.setItems(campaigns.list());
        campaign.setItemLabelGenerator(c -> c.docNumber() + " — " + c.title());
        campaign.setClearButtonVisible(true);
        campaign.setMinWidth("22em");
        campaign.addValueChangeListener(e -> reload());

        log.setId("reminder-log");
        log.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.addColumn(e -> Dates.dateTime(e.at(), getLocale())).setKey("at")
                .setHeader(getTranslation("reminder.log.at")).setAutoWidth(true);
        log.addColumn(this::by).setKey("by").setHeader(getTranslation("reminder.log.by")).setAutoWidth(true);
        log.addColumn(e -> e.campaignNumber() == null ? "—" : e.campaignNumber()).setKey("campaign")
                .setHeader(getTranslation("reminder.log.campaign")).setAutoWidth(true);
        log.addColumn(e -> e.units() + ": " + e.unitNames()).setKey("units")
                .setHeader(getTranslation("reminder.log.units")).setFlexGrow(1);
        log.addColumn(e -> getTranslation("reminder.log.inbox-counts", e.inbox(), e.seen())).setKey("inbox")
                .setHeader(getTranslation("reminder.channel.INBOX")).setAutoWidth(true);
        log.addColumn(e -> getTranslation("reminder.log.email-counts", e.emails(), e.sent(), e.pending(),
                e.failed(), e.mailOff())).setKey("email").setHeader(getTranslation("reminder.channel.EMAIL"))
                .setAutoWidth(true);
        log.setPartNameGenerator(e -> e.failed() > 0 ? "ss-failed" : null);
        log.setHeight("45vh");
        log.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        deliveriesTitle.setId("reminder-deliveries-title");
        deliveries.setId("reminder-deliveries");
        deliveries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        deliveries.addColumn(DeliveryInfo::unitName).setHeader(getTranslation("reminder.log.unit")).setAutoWidth(true);
        deliveries.addColumn(d -> d.email() == null ? d.recipient() : d.recipient() + " <" + d.email() + ">")
                .setHeader(getTranslation("reminder.log.recipient")).setFlexGrow(1);
        deliveries.addColumn(d -> getTranslation("reminder.channel." + d.channel().name()))
                .setHeader(getTranslation("reminder.log.channel")).setAutoWidth(true);
        deliveries.addColumn(d -> getTranslation("reminder.delivery." + d.status().name())).setKey("status")
                .setHeader(getTranslation("reminder.log.status")).setAutoWidth(true);
        deliveries.addColumn(DeliveryInfo::attempts).setHeader(getTranslation("reminder.log.attempts"))
                .setAutoWidth(true);
        deliveries.addColumn(d -> d.readAt() != null ? getTranslation("reminder.log.seen-at",
                Dates.dateTime(d.readAt(), getLocale())) : d.sentAt() != null
                        ? Dates.dateTime(d.sentAt(), getLocale()) : d.nextAttemptAt() != null
                                ? getTranslation("reminder.log.next-attempt",
                                        Dates.dateTime(d.nextAttemptAt(), getLocale())) : "—")
                .setKey("when").setHeader(getTranslation("reminder.log.when")).setAutoWidth(true);
        deliveries.addColumn(d -> d.lastError() == null ? "" : d.lastError())
                .setHeader(getTranslation("reminder.log.error")).setFlexGrow(1);
        deliveries.setVisible(false);

        add(new H1(getTranslation("nav.reminders")), new Div(campaign), log, deliveriesTitle, deliveries);
        reload();
    }

    private String by(ReminderLogEntry entry) {
        String who = entry.sender() != null ? entry.sender() : getTranslation("reminder.sender.schedule");
        String what = getTranslation("reminder.kind." + entry.kind().name());
        if (entry.kind() == ReminderKind.SCHEDULED && entry.step() != null) {
            what = what + " (" + entry.step().replace("before-", "−") + ")";
        }
        return who + " · " + what + (entry.forced() ? " · " + getTranslation("reminder.log.forced") : "");
    }

    private void reload() {
        CampaignInfo chosen = campaign.getValue();
        List<ReminderLogEntry> entries = reminders.log(chosen == null ? null : chosen.id(), 0, SHOWN);
        log.setItems(entries);
        deliveries.setVisible(false);
        deliveriesTitle.setText("");
    }

    private void show(ReminderLogEntry entry) {
        if (entry == null) {
            return;
        }
        try {
            deliveries.setItems(reminders.deliveries(entry.id()));
            deliveries.setVisible(true);
            deliveriesTitle.setText(getTranslation("reminder.log.deliveries", Dates.dateTime(entry.at(), getLocale())));
        } catch (RuleViolation refusal) {
            Notifications.refused(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reminders") + " — " + getTranslation("app.name");
    }
}
