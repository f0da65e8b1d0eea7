package vn.safeschool.followup.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.followup.CorrectiveService;

/** For department staff: how many hours the chosen campaign's schools have to fix a failed criterion. */
class CorrectiveHoursField extends Composite<HorizontalLayout> {

    final IntegerField hours = new IntegerField();
    final Button save = new Button();
    private final transient CorrectiveService corrective;
    private final transient Supplier<@Nullable Long> campaignId;

    CorrectiveHoursField(CorrectiveService corrective, Supplier<@Nullable Long> campaignId) {
        this.corrective = corrective;
        this.campaignId = campaignId;
        hours.setId("corrective-hours");
        hours.setLabel(getTranslation("corrective.hours"));
        hours.setHelperText(getTranslation("corrective.hours.help"));
        hours.setMin(1);
        hours.setMax(720);
        hours.setWidth("12em");
        save.setText(getTranslation("action.save"));
        save.setId("corrective-hours-save");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickListener(click -> {
            Long campaign = campaignId.get();
            if (campaign == null || hours.getValue() == null) {
                return;
            }
            try {
                corrective.setCorrectiveHours(campaign, hours.getValue());
                Notifications.success(getTranslation("corrective.hours.saved", hours.getValue()));
            } catch (RuleViolation e) {
                Notifications.refused(e);
            }
        });
        HorizontalLayout layout = getContent();
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(hours, save);
        reload();
    }

    /** Shows the chosen campaign's hours; hidden while no campaign is chosen. */
    void reload() {
        Long campaign = campaignId.get();
        hours.setValue(campaign == null ? null : corrective.correctiveHours(campaign));
        setVisible(campaign != null);
    }
}
