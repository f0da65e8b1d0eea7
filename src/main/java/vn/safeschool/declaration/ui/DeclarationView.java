package vn.safeschool.declaration.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.base.ui.CampaignChoice;
import vn.safeschool.base.ui.UiDates;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.declaration.DeclarationAbilities;
import vn.safeschool.declaration.DeclarationDetails;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.declaration.ReopeningInfo;
import vn.safeschool.declaration.SubmissionInfo;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;

/**
 * A school's declaration in a campaign: its status and why, its answers by phase, and every submission so far.
 * Whoever may declare for the school gets the form (its principal; its district office or the department's staff on
 * the school's behalf, with a reason); the leadership reads only — as the service says ({@link DeclarationAbilities}),
 * not by the view's own reading of the roles. A unit that is unknown, outside the
 * jurisdiction, not a school, or a campaign the user does not see, all end on the same not-found page.
 */
@Route("schools/:unitId/declaration")
@PermitAll
public class DeclarationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "unitId";
    /** Optional query parameter: the campaign's id (default: {@code CampaignService.choose}). */
    public static final String CAMPAIGN = "campaign";

    private final DeclarationService declarations;
    private final CampaignService campaigns;
    private final OrgService org;
    private final ChecklistService checklists;
    private @Nullable DeclarationDetails details;

    DeclarationView(DeclarationService declarations, CampaignService campaigns, OrgService org,
            ChecklistService checklists) {
        this.declarations = declarations;
        this.campaigns = campaigns;
        this.org = org;
        this.checklists = checklists;
        addClassName("ss-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long unitId = event.getRouteParameters().get(PARAMETER).filter(p -> p.matches("\\d{1,18}"))
                .map(Long::valueOf).orElse(null);
        Optional<String> campaignParameter = event.getLocation().getQueryParameters().getSingleParameter(CAMPAIGN);
        // without a parameter: the campaign the person chose in this session, else the campaign service's default
        Long campaignId = campaignParameter.isPresent()
                ? campaignParameter.filter(p -> p.matches("\\d{1,18}")).map(Long::valueOf).orElse(null)
                : campaigns.choose(CampaignChoice.requested(event.getLocation())).map(CampaignInfo::id).orElse(null);
        DeclarationDetails found = null;
        if (unitId != null && campaignId != null
                && org.find(unitId).filter(OrgUnitInfo::isSchool).isPresent()) {
            try {
                found = declarations.details(unitId, campaignId);
            } catch (NotFound e) {
                found = null;
            }
        }
        if (found == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        details = found;
        removeAll();
        show(found, declarations.history(unitId, campaignId));
    }

    /** The school's declaration page, in the campaign it opens on by default. */
    static String url(long unitId) {
        return "schools/" + unitId + "/declaration";
    }

    /** The page afresh, after something was stored. */
    private void reload() {
        DeclarationDetails shown = details;
        if (shown == null) {
            return;
        }
        long unitId = shown.unit().id();
        long campaignId = shown.campaign().id();
        details = declarations.details(unitId, campaignId);
        removeAll();
        show(details, declarations.history(unitId, campaignId));
    }

    /**
     * The head, then what the user may do here as the service says ({@link DeclarationDetails#may}), then the
     * answers and the history.
     */
    private void show(DeclarationDetails shown, List<SubmissionInfo> history) {
        add(new DeclarationHeader(shown, org.pathTo(shown.unit().id())));
        DeclarationAbilities may = shown.may();
        if (!may.declares()) {
            add(notice("declaration-read-only", "ss-muted", getTranslation("declaration.read-only")));
        }
        ReopeningInfo reopening = shown.reopening();
        if (reopening != null) {
            add(notice("declaration-reopened", "ss-notice", getTranslation("declaration.form.reopened",
                    when(reopening.openUntil()), reopening.reopenedByName() == null ? "—"
                            : reopening.reopenedByName(), reopening.reason())));
        }
        if (may.declares() && shown.locked()) {
            Instant closedAt = shown.campaign().closedAt();
            add(notice("declaration-locked", "ss-notice", closedAt != null
                    ? getTranslation("declaration.form.closed", when(closedAt))
                    : getTranslation("declaration.form.locked", when(shown.campaign().deadline()))));
        }
        // offered when the answers grow old; the service takes it at any time the school may submit
        if (may.reconfirm() && shown.stale()) {
            add(reconfirm(shown));
        }
        // only a campaign whose deadline locks has anything to reopen
        if (may.reopen() && shown.campaign().lockAfterDeadline()) {
            add(new ReopenForm(declarations, shown, this::reload));
        }
        if (may.submit()) {
            add(new DeclarationForm(declarations, shown, checklists.find(shown.campaign().checklistVersionId())
                    .orElseThrow().criteria(), may.onBehalf(), this::reload));
        }
        add(new DeclaredAnswers(shown.answers()), new SubmissionHistory(history, shown.answers()));
    }

    private static Paragraph notice(String id, String className, String text) {
        Paragraph notice = new Paragraph(text);
        notice.setId(id);
        notice.addClassName(className);
        return notice;
    }

    static String reason(Component in, Assessment assessment) {
        return in.getTranslation(assessment.reasonKey(), assessment.reasonArguments());
    }

    private Div reconfirm(DeclarationDetails shown) {
        Paragraph hint = new Paragraph(getTranslation("declaration.reconfirm.hint"));
        Button button = new Button(getTranslation("declaration.reconfirm"), click -> {
            try {
                declarations.reconfirm(shown.unit().id(), shown.campaign().id(), shown.current().version());
            } catch (RuleViolation e) {
                Notifications.refused(e);
                return;
            }
            Notifications.success(getTranslation("declaration.reconfirmed"));
            reload();
        });
        button.setId("declaration-reconfirm");
        Div box = new Div(hint, button);
        box.setId("declaration-stale");
        box.addClassName("ss-notice");
        return box;
    }

    static String statusText(Component in, SafetyStatus status) {
        return in.getTranslation(status.translationKey());
    }

    static String statusKey(SafetyStatus status) {
        return status.keyName();
    }

    static String when(Instant instant) {
        return UiDates.dateTime(instant);
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("declaration.title")
                : getTranslation("declaration.title") + ": " + details.unit().name()) + " — "
                + getTranslation("app.name");
    }
}
