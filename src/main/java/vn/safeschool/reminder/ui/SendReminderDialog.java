package vn.safeschool.reminder.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Dates;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.oversight.StatusFilter;
import vn.safeschool.reminder.ReminderPlan;
import vn.safeschool.reminder.ReminderRequest;
import vn.safeschool.reminder.ReminderResult;
import vn.safeschool.reminder.ReminderService;
import vn.safeschool.reminder.TemplateInfo;
import vn.safeschool.reminder.TemplateService;

/**
 * Choose a template, see how many units and recipients the reminder reaches, who was reminded lately (held back
 * unless forced) and how a few recipients will read it — then send. Every change of choice asks the service again:
 * the numbers shown are the ones the send will use.
 */
class SendReminderDialog extends Dialog {

    /** How many units the dialog names, in its scope line and in its lists of units left out. */
    static final int NAMED = 5;

    private final ReminderService reminders;
    private final CampaignInfo campaign;
    private final List<Long> units;
    private final Set<StatusFilter> statuses;
    private final Runnable refresh;
    private final ComboBox<TemplateInfo> template = new ComboBox<>();
    private final Checkbox schoolsBelow = new Checkbox();
    private final Checkbox force = new Checkbox();
    private final Div summary = new Div();
    private final Button send = new Button();

    /**
     * @param names          the units' names, in the order of {@code units}, for saying which they are
     * @param matchingFilter true: nothing was selected, the units are every lagging unit matching the grid's filter
     * @param offices        the user may remind offices ({@link vn.safeschool.reminder.ReminderAbilities}): offer
     *                       the schools below them too
     */
    SendReminderDialog(ReminderService reminders, TemplateService templates, CampaignInfo campaign, List<Long> units,
            List<String> names, Set<StatusFilter> statuses, boolean matchingFilter, boolean offices,
            Runnable refresh) {
        this.reminders = reminders;
        this.campaign = campaign;
        this.units = List.copyOf(units);
        this.statuses = Set.copyOf(statuses);
        this.refresh = refresh;
        setId("reminder-dialog");
        setHeaderTitle(getTranslation("reminder.dialog.title", campaign.docNumber()));
        setWidth("min(52rem, 95vw)");

        // which units and why: the rows ticked in the grid, or — none ticked — every lagging unit of the filter
        String listed = named(names);
        String states = String.join(", ", statuses.stream().sorted()
                .map(st -> getTranslation("oversight.status." + st.name())).toList());
        Paragraph scope = new Paragraph(matchingFilter
                ? getTranslation("reminder.dialog.scope.matching", units.size(), listed, states)
                : getTranslation("reminder.dialog.scope.selected", units.size(), listed));
        scope.setId("reminder-scope");
        List<TemplateInfo> choices = templates.list().stream().filter(t -> !t.digest()).toList();
        template.setId("reminder-template");
        template.setLabel(getTranslation("reminder.dialog.template"));
        template.setItems(choices);
        template.setItemLabelGenerator(t -> t.name(getLocale()));
        template.setWidthFull();
        schoolsBelow.setId("reminder-schools-below");
        schoolsBelow.setLabel(getTranslation("reminder.dialog.schools-below"));
        schoolsBelow.setVisible(offices);
        force.setId("reminder-force");
        force.setLabel(getTranslation("reminder.dialog.force"));
        summary.setId("reminder-summary");
        summary.addClassName("ss-reminder-summary");

        send.setText(getTranslation("reminder.dialog.send"));
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.setId("reminder-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("reminder-cancel");
        getFooter().add(cancel, send);
        add(scope, template, schoolsBelow, force, summary);

        template.addValueChangeListener(e -> plan());
        schoolsBelow.addValueChangeListener(e -> plan());
        force.addValueChangeListener(e -> plan());
        boolean unsafeOnly = !statuses.isEmpty() && Set.of(StatusFilter.UNSAFE, StatusFilter.AT_RISK)
                .containsAll(statuses);
        template.setValue(choices.stream().filter(t -> t.code().equals(unsafeOnly ? TemplateService.FIX
                : TemplateService.DECLARE)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.getFirst()));
    }

    private @Nullable ReminderRequest request() {
        TemplateInfo chosen = template.getValue();
        return chosen == null ? null : new ReminderRequest(campaign.id(), units, chosen.id(), schoolsBelow.getValue(),
                statuses, force.getValue());
    }

    private void plan() {
        summary.removeAll();
        ReminderRequest request = request();
        send.setEnabled(false);
        if (request == null) {
            return;
        }
        try {
            show(reminders.plan(request));
        } catch (RuleViolation refusal) {
            summary.add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())));
        }
    }

    private void show(ReminderPlan plan) {
        Paragraph reach = new Paragraph(plan.mailEnabled()
                ? getTranslation("reminder.dialog.reach", plan.units(), plan.recipients(), plan.inbox(), plan.emails())
                : getTranslation("reminder.dialog.reach.mail-off", plan.units(), plan.recipients(), plan.emails()));
        reach.setId("reminder-reach");
        reach.addClassName("ss-reminder-reach");
        if (plan.refusal() != null) {
            // the service's own refusal, said first and before anyone presses Send
            Paragraph refused = new Paragraph(getTranslation(plan.refusal().key(), plan.refusal().count()));
            refused.setId("reminder-refused");
            refused.addClassName("ss-notice");
            summary.add(refused);
        }
        summary.add(reach);
        if (!plan.mailEnabled()) {
            Paragraph off = new Paragraph(getTranslation("reminder.dialog.mail-off"));
            off.setId("reminder-mail-off");
            off.addClassName("ss-notice");
            summary.add(off);
        }
        if (!plan.throttled().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("reminder-throttled");
            plan.throttled().stream().limit(20).forEach(t -> list.add(new ListItem(getTranslation(
                    "reminder.dialog.throttled.item", t.unitName(), Dates.dateTime(t.at(), getLocale()),
                    t.by() == null ? getTranslation("reminder.sender.schedule") : t.by()))));
            summary.add(new Paragraph(getTranslation(force.getValue() ? "reminder.dialog.throttled.forced"
                    : "reminder.dialog.throttled", plan.throttled().size())), list);
        }
        if (!plan.withoutRecipients().isEmpty()) {
            Paragraph nobody = new Paragraph(getTranslation(plan.mailEnabled() ? "reminder.dialog.unreachable"
                    : "reminder.dialog.unreachable.mail-off", plan.withoutRecipients().size(),
                    named(plan.withoutRecipients())));
            nobody.setId("reminder-nobody");
            nobody.addClassName("ss-notice");
            summary.add(nobody);
        }
        if (!plan.notConcerned().isEmpty()) {
            TemplateInfo chosen = template.getValue();
            Paragraph skipped = new Paragraph(getTranslation(chosen != null
                    && TemplateService.FIX.equals(chosen.code()) ? "reminder.dialog.not-concerned.fix"
                    : "reminder.dialog.not-concerned.declare", plan.notConcerned().size(), named(plan.notConcerned())));
            skipped.setId("reminder-not-concerned");
            summary.add(skipped);
        }
        Div previews = new Div();
        previews.setId("reminder-previews");
        for (ReminderPlan.Preview preview : plan.previews()) {
            Span to = new Span(getTranslation("reminder.dialog.preview.to", preview.recipient(),
                    getTranslation("reminder.channel." + preview.channel().name())));
            Div body = new Div(preview.subject() + "\n\n" + preview.body());
            body.addClassNames("ss-reminder-preview", "ss-message-text");
            Details details = new Details(to, body);
            details.setOpened(previews.getComponentCount() == 0);
            previews.add(details);
        }
        summary.add(previews);
        send.setEnabled(plan.refusal() == null && plan.units() > 0);
    }

    private String named(List<String> names) {
        return String.join(", ", names.stream().limit(NAMED).toList())
                + (names.size() > NAMED ? getTranslation("reminder.dialog.scope.more", names.size() - NAMED) : "");
    }

    /** What happened: reminded N units, M recipients; and the units left out, each kind with its count. */
    private String sent(ReminderResult result) {
        StringBuilder text = new StringBuilder(getTranslation("reminder.dialog.sent", result.units(),
                result.recipients()));
        if (result.unreached() > 0) {
            text.append(' ').append(getTranslation("reminder.result.unreached", result.unreached()));
        }
        if (result.notConcerned() > 0) {
            text.append(' ').append(getTranslation("reminder.result.not-concerned", result.notConcerned()));
        }
        if (result.throttled() > 0) {
            text.append(' ').append(getTranslation("reminder.result.throttled", result.throttled()));
        }
        return text.toString();
    }

    private void send() {
        ReminderRequest request = request();
        if (request == null) {
            return;
        }
        try {
            ReminderResult result = reminders.send(request);
            Notifications.success(sent(result));
            refresh.run();
            close();
        } catch (RuleViolation refusal) {
            Notifications.refused(refusal);
            plan();
        }
    }
}
