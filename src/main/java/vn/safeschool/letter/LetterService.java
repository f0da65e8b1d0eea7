package vn.safeschool.letter;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RoleGuard;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.UnitKind;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;

/**
 * The Department's letter about a campaign: composed from its department's template and the campaign's numbers at
 * a moment — always the numbers of {@link RollupService}, never typed — and printed as a PDF. The issuing
 * department is the one the campaign's scope lies in; a campaign outside the user's jurisdiction is not found.
 */
@Service
@Transactional(readOnly = true)
public class LetterService {

    private static final Comparator<UnitRollup> BY_CODE = Comparator.comparing(r -> r.unit().code());
    /** Who saves the department's letter template: its staff (leadership composes and downloads). */
    private static final String TEMPLATE_EDITORS = Roles.IS_STAFF;

    private final LetterTemplateRepository templates;
    private final CampaignService campaigns;
    private final OrgService org;
    private final RollupService rollups;
    private final LetterComposer composer;
    private final LetterPdf pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoleGuard guard;

    LetterService(LetterTemplateRepository templates, CampaignService campaigns, OrgService org,
            RollupService rollups, LetterComposer composer, LetterPdf pdf, ApplicationEventPublisher events,
            Clock clock, RoleGuard guard) {
        this.guard = guard;
        this.templates = templates;
        this.campaigns = campaigns;
        this.org = org;
        this.rollups = rollups;
        this.composer = composer;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the current user may save the letter template: the rule {@link #saveTemplate} is guarded by. */
    @PreAuthorize(Roles.IS_USER)
    public boolean mayEditTemplates() {
        return guard.passes(TEMPLATE_EDITORS);
    }

    /** The template the campaign's department writes its letters from: its own, or the shipped default. */
    @PreAuthorize(Roles.IS_DEPARTMENT)
    public LetterTemplateInfo template(long campaignId) {
        OrgUnitInfo department = issuer(campaign(campaignId));
        return current(department).toInfo();
    }

    /**
     * Stores the department's template. Refused when the text breaks {@link FieldRules}, or when the template was
     * changed (or first saved) by someone else since {@code edited} was read.
     */
    @Transactional
    @PreAuthorize(TEMPLATE_EDITORS)
    public LetterTemplateInfo saveTemplate(long campaignId, LetterTemplateInfo edited) {
        OrgUnitInfo department = issuer(campaign(campaignId));
        FieldRules.check(edited.fields());
        LetterTemplate current = current(department);
        if (current.toInfo().id() != edited.id() || current.version() != edited.version()) {
            throw new RuleViolation("error.changed-meanwhile");
        }
        LetterFields before = current.fields();
        if (current.toInfo().departmentId() == null) {
            current = new LetterTemplate(department.id(), before);
        }
        current.apply(edited.fields());
        LetterTemplateInfo saved;
        try {
            saved = templates.saveAndFlush(current).toInfo();
        } catch (DataIntegrityViolationException e) {
            // two first saves of the shipped default at once: the department's row is unique, one of them wins
            throw new RuleViolation("error.changed-meanwhile");
        }
        events.publishEvent(AuditEvent.change(AuditAction.LETTER_TEMPLATE_UPDATED, department.id(),
                "letter-template:" + saved.id(), describe(before), describe(saved.fields())));
        return saved;
    }

    /** The letter with its numbers filled in, for the preview; nothing is stored. */
    @PreAuthorize(Roles.IS_DEPARTMENT)
    public Letter compose(LetterRequest request) {
        CampaignInfo campaign = campaign(request.campaignId());
        OrgUnitInfo issuer = issuer(campaign);
        FieldRules.check(request.fields());
        FieldRules.checkNumber(request.number());
        Instant now = clock.instant();
        @Nullable Instant asOf = request.asOf();
        if (asOf != null && asOf.isAfter(now)) {
            throw new RuleViolation("letter.error.moment-in-future");
        }
        RollupFilter filter = RollupFilter.now(campaign.id()).asOf(asOf);
        return composer.compose(request, campaign, issuer, rollups.level(filter, campaign.scopeUnitId(), BY_CODE),
                asOf == null ? now : asOf);
    }

    /** The letter as a PDF, its per-unit list appended; the audit log records who printed which letter. */
    @Transactional
    @PreAuthorize(Roles.IS_DEPARTMENT)
    public byte[] pdf(LetterRequest request) {
        Letter letter = compose(request);
        byte[] document = pdf.render(letter);
        events.publishEvent(AuditEvent.change(AuditAction.LETTER_GENERATED, letter.scopeUnitId(),
                "campaign:" + request.campaignId(), Map.of(), Map.of("number", letter.numberLine(),
                        "date", request.date().toString(), "asOf", letter.asOf().toString())));
        return document;
    }

    private CampaignInfo campaign(long id) {
        return campaigns.find(id).orElseThrow(NotFound::new);
    }

    /** The deepest department above the campaign's scope (the scope itself, usually); the root if none is. */
    private OrgUnitInfo issuer(CampaignInfo campaign) {
        List<OrgUnitInfo> path = org.pathTo(campaign.scopeUnitId());
        return path.reversed().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).findFirst()
                .orElse(path.getFirst());
    }

    private LetterTemplate current(OrgUnitInfo department) {
        return templates.findByDepartmentId(department.id()).or(templates::findShipped)
                .orElseThrow(() -> new IllegalStateException("the shipped letter template is missing"));
    }

    private static Map<String, String> describe(LetterFields f) {
        return Map.of("governingBody", f.governingBody(), "place", f.place(), "symbol", f.symbol(), "subject",
                f.subject(), "recipients", f.recipients(), "body", f.body(), "signerTitle", f.signerTitle(),
                "signerName", f.signerName(), "copiesTo", f.copiesTo());
    }
}
