package vn.safeschool.followup.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteConfiguration;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.ui.UiDates;
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
 * for a school, the criteria it still has to fix. Empty when there is nothing to do. A district office or the
 * department gets the same as count cards beside the status cards instead ({@link #cards}), each a link to its list,
 * so that the first screen stays the numbers.
 */
public class FollowUpAlerts extends Composite<Div> {

    public FollowUpAlerts(FollowUpService followUps, CorrectiveService corrective, OrgUnitInfo home,
            CampaignInfo campaign) {
        Div content = getContent();
        content.setId("followup-alerts");
        List<FollowUpCaseInfo> toAnswer = toAnswer(followUps, home, campaign);
        if (!toAnswer.isEmpty()) {
            content.add(toAnswer(toAnswer));
        }
        if (home.isSchool()) {
            List<CorrectiveItemInfo> open = corrective.items(home.id()).stream()
                    .filter(i -> i.campaignId() == campaign.id() && i.status() == CorrectiveStatus.OPEN).toList();
            if (!open.isEmpty()) {
                content.add(toFix(home, open));
            }
        }
        content.setVisible(content.getChildren().findAny().isPresent());
    }

    /**
     * For an office or the department: the follow-ups the unit has to answer (a link to the board, which lists them
     * first) and the overdue corrective items of the jurisdiction (a link to their list), as dashboard cards; none
     * when there is nothing to count.
     */
    public static List<Component> cards(FollowUpService followUps, CorrectiveService corrective, OrgUnitInfo home,
            CampaignInfo campaign) {
        List<Component> cards = new ArrayList<>();
        long toAnswer = toAnswer(followUps, home, campaign).size();
        if (toAnswer > 0) {
            cards.add(card("card-followup-mine", "followup.card.mine", toAnswer, null,
                    RouteConfiguration.forSessionScope().getUrl(FollowUpBoardView.class)));
        }
        CorrectiveSummary summary = corrective.summary(campaign.id());
        if (summary.open() > 0) {
            cards.add(card("card-corrective-overdue", "corrective.card.overdue", summary.overdue(),
                    UI.getCurrent().getTranslation("corrective.card.open", summary.open()),
                    CorrectiveItemsView.url(campaign.id())));
        }
        return cards;
    }

    private static Anchor card(String id, String labelKey, long count, @Nullable String detail, String href) {
        Span label = new Span(UI.getCurrent().getTranslation(labelKey));
        label.addClassName("ss-card-label");
        Span value = new Span(String.valueOf(count));
        value.addClassName("ss-card-value");
        Anchor card = new Anchor(href, label, value);
        if (detail != null) {
            Span share = new Span(detail);
            share.addClassName("ss-card-share");
            card.add(share);
        }
        card.addClassNames("ss-card", "ss-card-link", count > 0 ? "ss-card-attention" : "ss-card-clear");
        card.setId(id);
        return card;
    }

    private static List<FollowUpCaseInfo> toAnswer(FollowUpService followUps, OrgUnitInfo home,
            CampaignInfo campaign) {
        return followUps.list(FollowUpFilter.campaign(campaign.id()).under(home.id())
                .withStatuses(Set.of(FollowUpStatus.OPEN)), 0, 50).stream()
                .filter(c -> c.assigneeUnitId() == home.id()).toList();
    }

    private Div toAnswer(List<FollowUpCaseInfo> cases) {
        UnorderedList list = new UnorderedList();
        for (FollowUpCaseInfo c : cases) {
            String url = RouteConfiguration.forSessionScope().getUrl(FollowUpCaseView.class,
                    FollowUpCaseView.parameters(c.id()));
            Anchor link = new Anchor(url, getTranslation("followup.alert.case",
                    getTranslation("followup.type." + c.type().name()), UiDates.dateTime(c.dueAt())));
            ListItem item = new ListItem(link);
            if (c.overdue()) {
                item.add(FollowUpLabels.status(this, c));
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
        open.forEach(i -> list.add(new ListItem(FollowUpLabels.criterion(this, i) + " — "
                + getTranslation(i.overdue() ? "corrective.alert.was-due" : "corrective.alert.due",
                        UiDates.dateTime(i.dueAt())))));
        Anchor go = new Anchor("units/" + school.id() + "?" + UnitView.TAB + "=" + FollowUpUnitSection.TAB,
                getTranslation("corrective.alert.go"));
        go.setId("followup-alert-go");
        block.add(list, go);
        return block;
    }

    private static Div block(String id, String title) {
        Div block = new Div(new H2(title));
        block.setId(id);
        block.addClassNames("ss-section", "ss-notice");
        return block;
    }
}
