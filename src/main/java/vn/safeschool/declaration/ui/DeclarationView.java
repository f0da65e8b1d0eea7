package vn.safeschool.declaration.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.base.ui.PhoneColumns;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.base.ui.CampaignChoice;
import vn.safeschool.base.ui.UiDates;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.Phase;
import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.declaration.DeclarationDetails;
import vn.safeschool.declaration.DeclarationInfo;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.declaration.DeclaredAnswer;
import vn.safeschool.declaration.SubmissionInfo;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;

/**
 * A school's declaration in a campaign: its status and why, its answers by phase, and every submission so far.
 * Whoever may declare for the school gets the form (its principal; its district office or the department's staff on
 * the school's behalf, with a reason); the leadership reads only. A unit that is unknown, outside the
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
    private final transient AuthenticationContext authentication;
    private @Nullable DeclarationDetails details;

    DeclarationView(DeclarationService declarations, CampaignService campaigns, OrgService org,
            ChecklistService checklists, AuthenticationContext authentication) {
        this.declarations = declarations;
        this.campaigns = campaigns;
        this.org = org;
        this.checklists = checklists;
        this.authentication = authentication;
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

    private boolean isPrincipal() {
        return authentication.hasRole(Roles.PRINCIPAL);
    }

    private boolean actsOnBehalf() {
        return authentication.hasAnyRole(Roles.DEPARTMENT_STAFF, Roles.DISTRICT_ADMIN);
    }

    private void show(DeclarationDetails shown, List<SubmissionInfo> history) {
        H1 title = new H1(shown.unit().name());
        title.setId("declaration-unit");
        Paragraph code = new Paragraph(getTranslation("unit.code") + ": " + shown.unit().code());
        code.setId("declaration-unit-code");
        Paragraph campaign = new Paragraph(getTranslation("declaration.campaign", shown.campaign().docNumber(),
                shown.campaign().title(), when(shown.campaign().deadline())));
        campaign.setId("declaration-campaign");
        add(breadcrumb(shown.unit()), title, code, campaign, summary(shown));
        boolean mayDeclare = isPrincipal() || actsOnBehalf();
        if (!mayDeclare) {
            Paragraph readOnly = new Paragraph(getTranslation("declaration.read-only"));
            readOnly.setId("declaration-read-only");
            readOnly.addClassName("ss-muted");
            add(readOnly);
        }
        if (shown.reopening() != null) {
            Paragraph reopened = new Paragraph(getTranslation("declaration.form.reopened",
                    when(shown.reopening().openUntil()), shown.reopening().reopenedByName() == null ? "—"
                            : shown.reopening().reopenedByName(), shown.reopening().reason()));
            reopened.setId("declaration-reopened");
            reopened.addClassName("ss-notice");
            add(reopened);
        }
        if (mayDeclare && shown.locked()) {
            Instant closedAt = shown.campaign().closedAt();
            Paragraph locked = new Paragraph(closedAt != null
                    ? getTranslation("declaration.form.closed", when(closedAt))
                    : getTranslation("declaration.form.locked", when(shown.campaign().deadline())));
            locked.setId("declaration-locked");
            locked.addClassName("ss-notice");
            add(locked);
        }
        if (isPrincipal() && shown.stale() && !shown.locked() && shown.current() != null) {
            add(reconfirm(shown));
        }
        if (actsOnBehalf() && shown.campaign().lockAfterDeadline()) {
            add(new ReopenForm(declarations, shown, this::reload));
        }
        if (mayDeclare && !shown.locked()) {
            add(new DeclarationForm(declarations, shown, checklists.find(shown.campaign().checklistVersionId())
                    .orElseThrow().criteria(), actsOnBehalf(), this::reload));
        }
        add(new H2(getTranslation("declaration.answers")));
        if (shown.answers().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("declaration.no-answers"));
            none.setId("declaration-no-answers");
            add(none);
        }
        for (Phase phase : Phase.values()) {
            List<DeclaredAnswer> answers = shown.answers().stream().filter(a -> a.criterion().phase() == phase)
                    .toList();
            if (!answers.isEmpty()) {
                add(new H3(getTranslation("declaration.phase." + phase.name())), answers(phase, answers));
            }
        }
        add(new H2(getTranslation("declaration.history")), history(history));
        if (history.size() >= 2) {
            add(new H3(getTranslation("declaration.compare")), new HistoryComparison(history, shown.answers(),
                    s -> getTranslation("declaration.compare.version", s.revision(), when(s.submittedAt()))));
        }
    }

    private Nav breadcrumb(OrgUnitInfo unit) {
        Nav crumbs = new Nav();
        crumbs.setId("declaration-breadcrumb");
        crumbs.addClassName("ss-breadcrumb");
        for (OrgUnitInfo step : org.pathTo(unit.id())) {
            if (crumbs.getChildren().findAny().isPresent()) {
                crumbs.add(new Span(" › "));
            }
            crumbs.add(step.id() == unit.id() ? new Span(step.name()) : new Anchor("units/" + step.id(), step.name()));
        }
        return crumbs;
    }

    private Component summary(DeclarationDetails shown) {
        FormLayout form = new FormLayout();
        form.setId("declaration-summary");
        DeclarationInfo current = shown.current();
        Span status = new Span(current == null ? getTranslation("status.not-declared")
                : statusText(current.assessment().status()));
        status.setId("declaration-status");
        status.addClassNames("ss-status", "ss-status-" + (current == null ? "not-declared"
                : statusKey(current.assessment().status())));
        form.addFormItem(status, getTranslation("declaration.status"));
        if (current == null) {
            return form;
        }
        Span reason = new Span(reason(current.assessment()));
        reason.setId("declaration-reason");
        form.addFormItem(reason, getTranslation("declaration.reason"));
        Div flags = new Div();
        flags.setId("declaration-flags");
        flags.addClassName("ss-badges");
        if (current.late()) {
            flags.add(flag("late"));
        }
        if (shown.stale()) {
            flags.add(flag("stale"));
        }
        if (flags.getChildren().findAny().isEmpty()) {
            flags.add(new Span("—"));
        }
        form.addFormItem(flags, getTranslation("declaration.flags"));
        Span submitted = new Span(shown.submittedByName() == null ? when(current.submittedAt())
                : getTranslation("declaration.submitted-by", when(current.submittedAt()), shown.submittedByName()));
        submitted.setId("declaration-submitted");
        form.addFormItem(submitted, getTranslation("declaration.submitted"));
        return form;
    }

    private Span flag(String key) {
        Span flag = new Span(getTranslation("declaration.flag." + key));
        flag.getElement().getThemeList().add("badge contrast");
        flag.addClassName("ss-flag");
        flag.setId("declaration-flag-" + key);
        return flag;
    }

    private Grid<DeclaredAnswer> answers(Phase phase, List<DeclaredAnswer> answers) {
        Grid<DeclaredAnswer> grid = new Grid<>();
        grid.setId("declaration-answers-" + phase.name());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> a.criterion().number()).setHeader(getTranslation("declaration.criterion.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.criterion().text(getLocale())
                        + (a.criterion().mandatory() ? " (" + getTranslation("declaration.criterion.mandatory") + ")" : ""))
                .setHeader(getTranslation("declaration.criterion.text")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation(a.met() ? "declaration.met" : "declaration.not-met"))
                .setHeader(getTranslation("declaration.criterion.answer")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(a -> a.met() ? "ss-met" : "ss-not-met");
        Grid.Column<DeclaredAnswer> note = grid.addColumn(a -> a.note() == null ? "" : a.note())
                .setHeader(getTranslation("declaration.criterion.note")).setFlexGrow(1);
        PhoneColumns.hide(grid, note);
        grid.setItems(answers);
        grid.setAllRowsVisible(true);
        grid.addClassName("ss-answers");
        return grid;
    }

    private Grid<SubmissionInfo> history(List<SubmissionInfo> submissions) {
        Grid<SubmissionInfo> grid = new Grid<>();
        grid.setId("declaration-history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<SubmissionInfo> revision = grid.addColumn(SubmissionInfo::revision)
                .setHeader(getTranslation("declaration.history.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> when(s.submittedAt())).setKey("time").setHeader(getTranslation("declaration.history.time"))
                .setAutoWidth(true);
        grid.addColumn(s -> statusText(s.assessment().status())).setHeader(getTranslation("declaration.status"))
                .setAutoWidth(true);
        Grid.Column<SubmissionInfo> met = grid.addColumn(s -> s.assessment().met() + "/" + s.assessment().total())
                .setHeader(getTranslation("declaration.history.met")).setAutoWidth(true);
        Grid.Column<SubmissionInfo> late = grid.addColumn(s -> getTranslation(s.late() ? "declaration.history.late"
                        : "declaration.history.on-time"))
                .setHeader(getTranslation("declaration.flag.late")).setAutoWidth(true);
        Grid.Column<SubmissionInfo> by = grid.addColumn(s -> s.onBehalf() ? getTranslation(
                        "declaration.history.on-behalf", s.submittedByName() == null ? "—" : s.submittedByName(),
                        s.onBehalfReason()) : s.submittedByName() == null ? "—" : s.submittedByName())
                .setHeader(getTranslation("declaration.history.by")).setAutoWidth(true);
        grid.addColumn(s -> reason(s.assessment())).setHeader(getTranslation("declaration.reason")).setFlexGrow(1);
        // a phone keeps when, the status and why (the reason says how many criteria were met)
        PhoneColumns.hide(grid, revision, met, late, by);
        PhoneColumns.narrow(grid, "time", "6em");
        grid.setItems(submissions);
        grid.setAllRowsVisible(true);
        if (submissions.isEmpty()) {
            grid.setEmptyStateText(getTranslation("declaration.history.none"));
        }
        return grid;
    }

    private String reason(Assessment assessment) {
        return getTranslation(assessment.reasonKey(), assessment.reasonArguments());
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

    private String statusText(SafetyStatus status) {
        return statusText(this, status);
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
