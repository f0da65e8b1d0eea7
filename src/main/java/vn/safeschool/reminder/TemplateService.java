package vn.safeschool.reminder;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.CurrentUser;

/**
 * The message templates, Vietnamese and English. Senders choose among them; department staff edit them — a text
 * with a placeholder the template cannot fill is refused, naming it, and a template changed by someone else since
 * the form was loaded is not overwritten. Every edit is audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class TemplateService {

    /** Codes of the templates sent by hand: to declare; to fix the criteria not met and declare again. */
    public static final String DECLARE = "declare";
    public static final String FIX = "fix";
    /** Codes of the templates the schedule and the escalation use. */
    static final String SCHEDULE = "schedule";
    static final String DIGEST_DISTRICT = "digest-district";
    static final String DIGEST_DEPARTMENT = "digest-department";

    private final ReminderTemplateRepository templates;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TemplateService(ReminderTemplateRepository templates, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.templates = templates;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every template, those about one unit first. */
    @PreAuthorize(Roles.IS_REMINDER_SENDER)
    public List<TemplateInfo> list() {
        return templates.findAllByOrderByKindDescIdAsc().stream().map(ReminderTemplate::toInfo).toList();
    }

    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public TemplateInfo update(long id, @Valid TemplateChanges changes) {
        ReminderTemplate template = templates.findById(id).orElseThrow(NotFound::new);
        if (template.version() != changes.version()) {
            throw new RuleViolation("error.changed-meanwhile");
        }
        for (String text : List.of(changes.subjectVi(), changes.bodyVi(), changes.subjectEn(), changes.bodyEn())) {
            Placeholders.check(text, template.digest());
        }
        Map<String, String> before = template.auditValues();
        String by = currentUser.get().map(AccountInfo::fullName).orElse("system");
        template.apply(changes, clock.instant(), by);
        TemplateInfo saved = templates.saveAndFlush(template).toInfo();
        events.publishEvent(AuditEvent.change(AuditAction.REMINDER_TEMPLATE_UPDATED, null,
                "reminder-template:" + id, before, template.auditValues()));
        return saved;
    }

    TemplateInfo byCode(String code) {
        return templates.findByCode(code).map(ReminderTemplate::toInfo).orElseThrow(NotFound::new);
    }

    TemplateInfo byId(long id) {
        return templates.findById(id).map(ReminderTemplate::toInfo).orElseThrow(NotFound::new);
    }
}
