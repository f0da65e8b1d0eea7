package vn.safeschool.dashboard.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Shares;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.declaration.DeclarationStatistics;
import vn.safeschool.declaration.StatusCounts;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;

/** The numbers of the user's own part of the hierarchy for the chosen campaign, straight from the declarations. */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
public class DashboardView extends Main implements HasDynamicTitle {

    private final DeclarationStatistics statistics;
    private final OrgUnitInfo homeUnit;
    private final Div cards = new Div();
    private final Paragraph deadline = new Paragraph();

    DashboardView(CampaignService campaigns, DeclarationStatistics statistics, OrgService org) {
        this.statistics = statistics;
        this.homeUnit = org.home();
        addClassName("ss-page");

        H1 title = new H1(homeUnit.name());
        title.setId("dashboard-unit");
        ComboBox<CampaignInfo> campaign = new ComboBox<>(getTranslation("dashboard.campaign"));
        campaign.setId("campaign");
        campaign.setItemLabelGenerator(c -> c.docNumber() + " — " + c.title());
        campaign.setWidthFull();
        List<CampaignInfo> all = campaigns.list();
        campaign.setItems(all);
        campaign.addValueChangeListener(e -> show(e.getValue()));
        cards.addClassName("ss-cards");
        cards.setId("kpi-cards");
        add(title, campaign, deadline, cards);
        if (all.isEmpty()) {
            cards.add(new Paragraph(getTranslation("dashboard.no-campaign")));
        } else {
            campaign.setValue(all.getFirst());
        }
    }

    private void show(@Nullable CampaignInfo campaign) {
        cards.removeAll();
        if (campaign == null) {
            return;
        }
        deadline.setText(getTranslation("dashboard.deadline", campaign.deadlineInVietnam()
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()))));
        StatusCounts counts = statistics.countsUnder(campaign.id(), homeUnit.id());
        cards.add(card("total", counts.total(), null),
                card("safe", counts.safe(), counts),
                card("at-risk", counts.atRisk(), counts),
                card("unsafe", counts.unsafe(), counts),
                card("not-declared", counts.notDeclared(), counts),
                card("late", counts.late(), counts));
    }

    private Component card(String key, long count, @Nullable StatusCounts of) {
        Span label = new Span(getTranslation("status." + key));
        label.addClassName("ss-card-label");
        Span value = new Span(String.valueOf(count));
        value.addClassName("ss-card-value");
        Div card = new Div(label, value);
        if (of != null) {
            Span share = new Span(Shares.format(count, of.total(), getLocale()));
            share.addClassName("ss-card-share");
            card.add(share);
        }
        card.addClassNames("ss-card", "ss-card-" + key);
        card.setId("card-" + key);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " — " + getTranslation("app.name");
    }
}
