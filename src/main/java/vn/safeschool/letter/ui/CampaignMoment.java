package vn.safeschool.letter.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.AsOfMoment;
import vn.safeschool.base.ui.CampaignChoice;
import vn.safeschool.campaign.CampaignInfo;

/**
 * Which campaign the letter is about and the moment its numbers are taken at: empty for now, the deadline with one
 * click, or any moment typed in Vietnam's time.
 */
class CampaignMoment extends HorizontalLayout {

    final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    private final List<CampaignInfo> choices;
    private final AsOfMoment moment;

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
        moment = new AsOfMoment("letter", "letter.moment",
                () -> campaign.getValue() == null ? null : campaign.getValue().deadline(), momentChanged);
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        add(campaign, moment);
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
        return moment.asOf();
    }
}
