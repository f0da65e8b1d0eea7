package vn.safeschool.letter.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Zones;
import vn.safeschool.base.ui.CampaignChoice;
import vn.safeschool.base.ui.DatePickers;
import vn.safeschool.base.ui.LastReadableMoment;
import vn.safeschool.campaign.CampaignInfo;

/**
 * Which campaign the letter is about and the moment its numbers are taken at: empty for now, the deadline with one
 * click, or any moment typed in Vietnam's time.
 */
class CampaignMoment extends HorizontalLayout {

    final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    final DateTimePicker moment = new DateTimePicker();
    private final List<CampaignInfo> choices;
    /** The moment of the numbers: the picker's last readable value, null for now. */
    private final LastReadableMoment shown;

    CampaignMoment(List<CampaignInfo> choices, Runnable campaignChanged, Runnable momentChanged) {
        this.choices = List.copyOf(choices);
        campaign.setId("letter-campaign");
        campaign.setLabel(getTranslation("letter.campaign"));
        campaign.setItems(this.choices);
        campaign.setItemLabelGenerator(c -> c.docNumber() + " — " + c.title());
        campaign.setWidth("28em");
        campaign.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                CampaignChoice.remember(e.getValue().id());
            }
            campaignChanged.run();
        });
        moment.setId("letter-moment");
        DatePickers.explained(moment);
        moment.setLabel(getTranslation("letter.moment"));
        moment.setHelperText(getTranslation("letter.moment.help"));
        shown = new LastReadableMoment(moment, momentChanged);
        // the same two shortcuts, in the same order and look, as on the oversight grid
        Button atDeadline = new Button(getTranslation("letter.moment.deadline"), VaadinIcon.CLOCK.create(),
                click -> atDeadline());
        atDeadline.setId("letter-at-deadline");
        atDeadline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button now = new Button(getTranslation("letter.moment.now"), click -> shown.now());
        now.setId("letter-now");
        now.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        add(campaign, moment, atDeadline, now);
    }

    /** The campaign the campaign service chose (the address's, the session's or its default). */
    void select(Optional<CampaignInfo> chosen) {
        chosen.filter(choices::contains).filter(c -> !c.equals(campaign.getValue())).ifPresent(campaign::setValue);
    }

    boolean hasCampaign() {
        return campaign.getValue() != null;
    }

    CampaignInfo selected() {
        CampaignInfo selected = campaign.getValue();
        if (selected == null) {
            throw new RuleViolation("letter.error.no-campaign");
        }
        return selected;
    }

    /** Null for now. */
    @Nullable Instant asOf() {
        return shown.value() == null ? null : shown.value().atZone(Zones.VIETNAM).toInstant();
    }

    private void atDeadline() {
        if (campaign.getValue() != null) {
            moment.setValue(campaign.getValue().deadlineInVietnam().toLocalDateTime());
        }
    }
}
