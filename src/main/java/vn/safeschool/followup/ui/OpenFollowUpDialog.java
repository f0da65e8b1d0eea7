package vn.safeschool.followup.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.ui.DatePickers;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Shares;
import vn.safeschool.base.Zones;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.followup.BulkCriterion;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.followup.FollowUpType;
import vn.safeschool.followup.NewFollowUp;
import vn.safeschool.followup.OpenResult;
import vn.safeschool.oversight.UnitRollup;

/**
 * Opens follow-ups for several units in one action: the units chosen in the grid, or every unit one level below the
 * user's that is below a completion share, has Unsafe institutions, or has not declared after the deadline — the
 * list shows whom before anything is opened. Their numbers are frozen by the service, from the data.
 */
class OpenFollowUpDialog extends Dialog {

    /** Which units: the grid's selection, or a criterion judged on the live numbers. */
    enum Choice {
        SELECTED, BELOW_COMPLETION, WITH_UNSAFE, NOT_DECLARED_AFTER_DEADLINE
    }

    static final int DEFAULT_THRESHOLD = 95;

    final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
    final IntegerField threshold = new IntegerField();
    final Grid<UnitRollup> units = new Grid<>();
    final Paragraph count = new Paragraph();
    final Select<FollowUpType> type = new Select<>();
    final TextArea reason = new TextArea();
    final TextArea requiredAction = new TextArea();
    final DateTimePicker due = new DateTimePicker();
    final Button confirm = new Button();

    private final transient FollowUpService followUps;
    private final List<UnitRollup> selected;
    private final Runnable done;
    private List<UnitRollup> shown = List.of();

    /** @param selected the grid's selected rows that lie one level below the user's unit */
    OpenFollowUpDialog(FollowUpService followUps, List<CampaignInfo> campaigns, @Nullable Long campaignId,
            List<UnitRollup> selected, Clock clock, Runnable done) {
        this.followUps = followUps;
        this.selected = List.copyOf(selected);
        this.done = done;
        setHeaderTitle(getTranslation("followup.open.title"));
        setWidth("min(60em, 95vw)");
        configureCampaign(campaigns, campaignId);
        configureChoice();
        configureUnits();
        configureCase(clock);
        FormLayout form = new FormLayout(campaign, choice, threshold, type, due, reason, requiredAction);
        form.setColspan(reason, 2);
        form.setColspan(requiredAction, 2);
        add(form, count, units);
        configureFooter();
        refresh();
    }

    /** The campaign asked for (else the first one): changing it asks again whom the criterion concerns. */
    private void configureCampaign(List<CampaignInfo> campaigns, @Nullable Long campaignId) {
        campaign.setId("open-campaign");
        campaign.setLabel(getTranslation("followup.column.campaign"));
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(c -> c.docNumber() + " — " + c.title());
        campaigns.stream().filter(c -> campaignId != null && c.id() == campaignId).findFirst()
                .or(() -> campaigns.stream().findFirst()).ifPresent(campaign::setValue);
        campaign.addValueChangeListener(e -> refresh());
    }

    /** Which units (the selection only when there is one), and the completion threshold of that criterion. */
    private void configureChoice() {
        choice.setId("open-choice");
        choice.setLabel(getTranslation("followup.open.which"));
        List<Choice> choices = new ArrayList<>(List.of(Choice.values()));
        if (selected.isEmpty()) {
            choices.remove(Choice.SELECTED);
        }
        choice.setItems(choices);
        choice.setItemLabelGenerator(c -> getTranslation("followup.open.choice." + c.name(), selected.size()));
        choice.setValue(choices.getFirst());
        choice.addValueChangeListener(e -> {
            threshold.setVisible(e.getValue() == Choice.BELOW_COMPLETION);
            reason.setValue(defaultReason());
            refresh();
        });
        threshold.setId("open-threshold");
        threshold.setLabel(getTranslation("followup.open.threshold"));
        threshold.setMin(1);
        threshold.setMax(100);
        threshold.setValue(DEFAULT_THRESHOLD);
        threshold.setSuffixComponent(new Span("%"));
        threshold.setVisible(choice.getValue() == Choice.BELOW_COMPLETION);
        threshold.addValueChangeListener(e -> {
            reason.setValue(defaultReason());
            refresh();
        });
    }

    /** The units that will be followed up, with the numbers that make them concerned, and how many. */
    private void configureUnits() {
        units.setId("open-units");
        units.addThemeVariants(GridVariant.LUMO_COMPACT);
        units.addColumn(r -> r.unit().name()).setHeader(getTranslation("followup.column.unit")).setFlexGrow(2);
        units.addColumn(r -> Shares.format(r.declared(), r.institutions(), getLocale()))
                .setHeader(getTranslation("followup.open.completion")).setAutoWidth(true);
        units.addColumn(UnitRollup::unsafe).setHeader(getTranslation("status.unsafe")).setAutoWidth(true);
        units.addColumn(UnitRollup::notDeclared).setHeader(getTranslation("status.not-declared")).setAutoWidth(true);
        units.setHeight("14em");
        count.setId("open-count");
    }

    /** What every case asks: its type (whose usual action fills in), why, what to do, by when (three days on). */
    private void configureCase(Clock clock) {
        type.setId("open-type");
        type.setLabel(getTranslation("followup.column.type"));
        type.setItems(FollowUpType.values());
        type.setItemLabelGenerator(t -> getTranslation("followup.type." + t.name()));
        type.setValue(FollowUpType.RESPONSIBILITY_REVIEW);
        type.addValueChangeListener(e -> requiredAction.setValue(getTranslation("followup.action." + e.getValue())));
        reason.setId("open-reason");
        reason.setLabel(getTranslation("followup.reason"));
        reason.setMaxLength(2000);
        reason.setValue(defaultReason());
        requiredAction.setId("open-action");
        requiredAction.setLabel(getTranslation("followup.required-action"));
        requiredAction.setMaxLength(2000);
        requiredAction.setValue(getTranslation("followup.action." + FollowUpType.RESPONSIBILITY_REVIEW.name()));
        due.setId("open-due");
        due.setLabel(getTranslation("followup.column.due"));
        due.setLocale(getLocale());
        DatePickers.explained(due);
        due.setValue(LocalDateTime.of(LocalDateTime.now(clock.withZone(Zones.VIETNAM)).toLocalDate().plusDays(3),
                LocalTime.of(17, 0)));
    }

    private void configureFooter() {
        confirm.setId("open-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> openCases());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }

    private String defaultReason() {
        Choice chosen = choice.getValue();
        return chosen == null ? "" : getTranslation("followup.open.reason." + chosen.name(),
                threshold.getValue() == null ? DEFAULT_THRESHOLD : threshold.getValue());
    }

    /** The units the chosen criterion concerns now, asked of the service (never computed here). */
    private void refresh() {
        CampaignInfo chosen = campaign.getValue();
        Choice which = choice.getValue();
        if (chosen == null || which == null) {
            shown = List.of();
        } else if (which == Choice.SELECTED) {
            shown = selected;
        } else {
            int limit = threshold.getValue() == null ? DEFAULT_THRESHOLD : threshold.getValue();
            shown = followUps.candidates(chosen.id(), BulkCriterion.valueOf(which.name()), limit);
        }
        units.setItems(shown);
        count.setText(getTranslation("followup.open.count", shown.size()));
        confirm.setText(getTranslation("followup.open.confirm", shown.size()));
        confirm.setEnabled(!shown.isEmpty());
    }

    private void openCases() {
        CampaignInfo chosen = campaign.getValue();
        if (chosen == null || due.getValue() == null || type.getValue() == null) {
            Notifications.error(getTranslation("followup.open.fill-in"));
            return;
        }
        try {
            OpenResult result = followUps.open(new NewFollowUp(chosen.id(), type.getValue(), reason.getValue(),
                    requiredAction.getValue(), due.getValue().atZone(Zones.VIETNAM).toInstant()),
                    shown.stream().map(r -> r.unit().id()).toList());
            close();
            Notifications.success(result.skipped().isEmpty()
                    ? getTranslation("followup.open.done", result.opened().size())
                    : getTranslation("followup.open.done-skipped", result.opened().size(), result.skipped().size()));
            done.run();
        } catch (RuleViolation e) {
            Notifications.refused(e);
        } catch (ConstraintViolationException e) {
            Notifications.error(getTranslation("followup.open.fill-in"));
        }
    }
}
