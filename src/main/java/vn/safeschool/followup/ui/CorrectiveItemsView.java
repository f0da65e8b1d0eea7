package vn.safeschool.followup.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.followup.CorrectiveItemInfo;
import vn.safeschool.followup.CorrectiveService;
import vn.safeschool.followup.CorrectiveSummary;

/**
 * The corrective items past their due date in the user's jurisdiction for one campaign
 * ({@code followups/corrective?campaign=<id>}), the longest overdue first: where the dashboard's count card leads.
 * A row opens the school's page.
 */
@Route("followups/corrective")
@PermitAll
public class CorrectiveItemsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** The most items one page lists (the service's own bound); the heading counts them all. */
    static final int SHOWN = 1000;

    private final CorrectiveService corrective;
    private final CampaignService campaigns;
    private final Div content = new Div();

    CorrectiveItemsView(CorrectiveService corrective, CampaignService campaigns) {
        this.corrective = corrective;
        this.campaigns = campaigns;
        addClassName("ss-page");
        add(new Anchor("", getTranslation("nav.dashboard")), new H1(getTranslation("corrective.list.title")),
                content);
    }

    /** The count card's link for the campaign. */
    public static String url(long campaignId) {
        return "followups/corrective?campaign=" + campaignId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        List<CampaignInfo> all = campaigns.list();
        CampaignInfo chosen = event.getLocation().getQueryParameters().getSingleParameter("campaign")
                .flatMap(id -> all.stream().filter(c -> String.valueOf(c.id()).equals(id)).findFirst())
                .orElse(all.isEmpty() ? null : all.getFirst());
        if (chosen == null) {
            content.add(new Paragraph(getTranslation("dashboard.no-campaign")));
            return;
        }
        CorrectiveSummary summary = corrective.summary(chosen.id());
        List<CorrectiveItemInfo> items = corrective.overdue(chosen.id(), SHOWN);
        Div block = new Div(new Paragraph(chosen.docNumber() + " — " + chosen.title()),
                new Paragraph(getTranslation("corrective.alert.overdue", summary.overdue(), summary.open())));
        block.setId("followup-alert-overdue");
        CorrectiveItemsGrid grid = new CorrectiveItemsGrid("overdue-items", true, null);
        grid.setAllRowsVisible(false);
        // the page names the campaign, and an overdue item has no outcome yet
        grid.getColumnByKey("campaign").setVisible(false);
        grid.getColumnByKey("outcome").setVisible(false);
        grid.setHeight("70vh");
        grid.setItems(items);
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui -> ui.navigate("units/"
                + click.getItem().unitId())));
        block.add(grid);
        if (summary.overdue() > items.size()) {
            block.add(new Paragraph(getTranslation("corrective.alert.more", summary.overdue() - items.size())));
        }
        content.add(block);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("corrective.list.title") + " — " + getTranslation("app.name");
    }
}
