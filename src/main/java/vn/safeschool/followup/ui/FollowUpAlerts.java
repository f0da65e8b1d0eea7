package vn.safeschool.followup.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteConfiguration;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.followup.CorrectiveItemInfo;
import vn.safeschool.followup.CorrectiveService;
import vn.safeschool.followup.CorrectiveStatus;
import vn.safeschool.followup.CorrectiveSummary;
import vn.safeschool.followup.FollowUpCaseInfo;
import vn.safeschool.followup.FollowUpFilter;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.followup.FollowUpStatus;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.ui.UnitView;

/**
 * The dashboard's follow-up block for the chosen campaign: the cases the user's own unit has to answer, first; then,
 * for a district office or the department, the corrective items past their due date in the jurisdiction; for a
 * school, the criteria it still has to fix. Empty when there is nothing to do.
 */
public class FollowUpAlerts extends Composite<Div> {

    static final int OVERDUE_SHOWN = 10;

    public FollowUpAlerts(FollowUpService followUps, CorrectiveService corrective, OrgUnitInfo home,
            CampaignInfo campaign) {
        Div content = getContent();
        content.setId("followup-alerts");
        List<FollowUpCaseInfo> toAnswer = followUps.list(FollowUpFilter.campaign(campaign.id()).under(home.id())
                .withStatuses(Set.of(FollowUpStatus.OPEN)), 0, 50).stream()
                .filter(c -> c.assigneeUnitId() == home.id()).toList();
        if (!toAnswer.isEmpty()) {
            content.add(toAnswer(toAnswer));
        }
        if (home.isSchool()) {
            List<CorrectiveItemInfo> open = corrective.items(home.id()).stream()
                    .filter(i -> i.campaignId() == campaign.id() && i.status() == CorrectiveStatus.OPEN).toList();
            if (!open.isEmpty()) {
                content.add(toFix(home, open));
            }
        } else {
            CorrectiveSummary summary = corrective.summary(campaign.id());
            if (summary.overdue() > 0) {
                content.add(overdue(summary, corrective.overdue(campaign.id(), OVERDUE_SHOWN)));
            }
        }
        content.setVisible(content.getChildren().findAny().isPresent());
    }

    private Div toAnswer(List<FollowUpCaseInfo> cases) {
        UnorderedList list = new UnorderedList();
        for (FollowUpCaseInfo c : cases) {
            String url = RouteConfiguration.forSessionScope().getUrl(FollowUpCaseView.class,
                    FollowUpCaseView.parameters(c.id()));
            Anchor link = new Anchor(url, getTranslation("followup.alert.case",
                    getTranslation("followup.type." + c.type().name()), Texts.when(c.dueAt())));
            ListItem item = new ListItem(link);
            if (c.overdue()) {
                item.add(Texts.status(this, c));
            }
            list.add(item);
        }
        Div block = block("followup-alert-cases", getTranslation("followup.mine", cases.size()));
        block.add(list);
        return block;
    }

    private Div toFix(OrgUnitInfo school, List<CorrectiveItemInfo> open) {
        Div block = block("followup-alert-items", getTranslation("corrective.alert.school", open.size()));
        UnorderedList list = new UnorderedList();
        open.forEach(i -> list.add(new ListItem(Texts.criterion(this, i) + " — "
                + getTranslation(i.overdue() ? "corrective.alert.was-due" : "corrective.alert.due",
                        Texts.when(i.dueAt())))));
        Anchor go = new Anchor("units/" + school.id() + "?" + UnitView.TAB + "=" + FollowUpUnitSection.TAB,
                getTranslation("corrective.alert.go"));
        go.setId("followup-alert-go");
        block.add(list, go);
        return block;
    }

    private Div overdue(CorrectiveSummary summary, List<CorrectiveItemInfo> items) {
        Div block = block("followup-alert-overdue", getTranslation("corrective.alert.overdue", summary.overdue(),
                summary.open()));
        CorrectiveItemsGrid grid = new CorrectiveItemsGrid("overdue-items", true, null);
        grid.setItems(items);
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui -> ui.navigate("units/"
                + click.getItem().unitId())));
        block.add(grid);
        if (summary.overdue() > items.size()) {
            block.add(new Paragraph(getTranslation("corrective.alert.more", summary.overdue() - items.size())));
        }
        return block;
    }

    private static Div block(String id, String title) {
        Div block = new Div(new H2(title));
        block.setId(id);
        block.addClassNames("ss-section", "ss-notice");
        return block;
    }
}
