package vn.safeschool.campaign.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Dates;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.DatePickers;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.campaign.CampaignChanges;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.ChecklistVersionInfo;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;

/**
 * Creates or edits a campaign. The deadline is entered as the letter prints it, in Vietnam's time; the service
 * validates, and the dialog shows its refusal at the field concerned.
 */
class CampaignDialog extends Dialog {


    final TextField number = new TextField();
    final TextField title = new TextField();
    final DatePicker issuedOn = new DatePicker();
    final DateTimePicker deadline = new DateTimePicker();
    final ComboBox<OrgUnitInfo> scope = new ComboBox<>();
    final ComboBox<ChecklistVersionInfo> checklist = new ComboBox<>();
    final IntegerField freshness = new IntegerField();
    final Checkbox lockAfterDeadline = new Checkbox();

    CampaignDialog(CampaignService campaigns, ChecklistService checklists, OrgService org,
            @Nullable CampaignInfo existing, Consumer<CampaignInfo> saved) {
        setHeaderTitle(getTranslation(existing == null ? "campaign.new" : "campaign.edit"));
        number.setLabel(getTranslation("campaign.number"));
        number.setId("campaign-number");
        title.setLabel(getTranslation("campaign.title"));
        title.setId("campaign-title");
        issuedOn.setLabel(getTranslation("campaign.issued-on"));
        issuedOn.setId("campaign-issued-on");
        deadline.setLabel(getTranslation("campaign.deadline-vietnam"));
        deadline.setId("campaign-deadline");
        DatePickers.explained(issuedOn);
        DatePickers.explained(deadline);
        scope.setLabel(getTranslation("campaign.scope"));
        scope.setId("campaign-scope");
        scope.setItems(query -> org.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        scope.setItemLabelGenerator(u -> u.code() + " — " + u.name());
        checklist.setLabel(getTranslation("campaign.checklist"));
        checklist.setId("campaign-checklist");
        checklist.setItems(checklists.list());
        checklist.setItemLabelGenerator(v -> CampaignsView.ChecklistsLabel.of(v) + " — " + v.title(getLocale()));
        freshness.setLabel(getTranslation("campaign.freshness-days"));
        freshness.setId("campaign-freshness");
        freshness.setMin(1);
        freshness.setMax(365);
        lockAfterDeadline.setLabel(getTranslation("campaign.lock-after-deadline"));
        lockAfterDeadline.setId("campaign-lock");
        if (existing != null) {
            number.setValue(existing.docNumber());
            title.setValue(existing.title());
            issuedOn.setValue(existing.issuedOn());
            deadline.setValue(existing.deadlineInVietnam().toLocalDateTime());
            org.find(existing.scopeUnitId()).ifPresent(scope::setValue);
            checklists.find(existing.checklistVersionId()).ifPresent(checklist::setValue);
            freshness.setValue(existing.freshnessDays());
            lockAfterDeadline.setValue(existing.lockAfterDeadline());
        } else {
            scope.setValue(org.home());
            freshness.setValue(7);
        }
        add(new FormLayout(number, title, issuedOn, deadline, scope, checklist, freshness, lockAfterDeadline));

        Button save = new Button(getTranslation("action.save"), click -> save(campaigns, existing, saved));
        save.setId("save-campaign");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save(CampaignService campaigns, @Nullable CampaignInfo existing, Consumer<CampaignInfo> saved) {
        deadline.setInvalid(false);
        number.setInvalid(false);
        scope.setInvalid(false);
        if (issuedOn.getValue() == null || deadline.getValue() == null || scope.getValue() == null
                || checklist.getValue() == null || freshness.getValue() == null) {
            Notifications.error(getTranslation("campaign.error.fill-in"));
            return;
        }
        try {
            CampaignInfo result = existing == null
                    ? campaigns.create(new NewCampaign(number.getValue(), title.getValue(), issuedOn.getValue(),
                            deadline.getValue(), scope.getValue().id(), checklist.getValue().id(),
                            freshness.getValue(), lockAfterDeadline.getValue()))
                    : campaigns.update(existing.id(), new CampaignChanges(number.getValue(), title.getValue(),
                            issuedOn.getValue(), deadline.getValue(), scope.getValue().id(),
                            checklist.getValue().id(), freshness.getValue(), lockAfterDeadline.getValue(),
                            existing.version()));
            close();
            saved.accept(result);
        } catch (RuleViolation e) {
            String message = getTranslation(e.messageKey(), Arrays.stream(e.arguments(key -> getTranslation(key)))
                    .map(a -> a instanceof LocalDate d ? Dates.date(d, getLocale()) : a).toArray());
            switch (e.messageKey()) {
                case "campaign.error.deadline-before-issue" -> showAt(deadline, message);
                case "campaign.error.duplicate-number" -> showAt(number, message);
                case "campaign.error.scope-outside" -> showAt(scope, message);
                default -> { }
            }
            Notifications.error(message);
        }
    }

    private static void showAt(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
