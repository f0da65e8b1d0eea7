package vn.safeschool.reminder;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.CurrentUser;

/**
 * Other features' way to tell a unit something through the reminders' channels (follow-up cases: "a case was
 * assigned to you"): the unit's accounts get it in their inbox and by e-mail, its contact address by e-mail, with
 * the same outbox, retries and log as reminders (kind {@link ReminderKind#NOTICE}). Call it in the transaction of
 * the change it announces — as the acting user, or with {@code SystemTask} for the application itself.
 */
@Service
public class NoticeService {

    private final Jurisdiction jurisdiction;
    private final Recipients recipients;
    private final Links links;
    private final Outbox outbox;
    private final CurrentUser currentUser;

    NoticeService(Jurisdiction jurisdiction, Recipients recipients, Links links, Outbox outbox,
            CurrentUser currentUser) {
        this.jurisdiction = jurisdiction;
        this.recipients = recipients;
        this.links = links;
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    /**
     * Sends the text, as given, to the unit's recipients. {@code link} is a path inside the application (e.g.
     * {@code "followups/12"}): the inbox opens it, e-mails carry it as an absolute link under the text.
     *
     * @return the number of recipients reached (0 when the unit has none)
     */
    @Transactional
    @PreAuthorize(Roles.IS_REMINDER_SENDER)
    public int notifyUnit(long unitId, String subject, String body, @Nullable String link) {
        OrgUnitInfo unit = jurisdiction.require(unitId);
        if (subject.isBlank() || body.isBlank()) {
            throw new RuleViolation("reminder.error.empty-notice");
        }
        List<Recipients.Recipient> to = recipients.of(List.of(unitId), account -> true, Map.of(unitId, unit.name()))
                .getOrDefault(unitId, List.of());
        if (to.isEmpty()) {
            return 0;
        }
        write(unit, link, to.stream().map(r -> new Outbox.RecipientMessage(r.userId(), r.name(), r.email(), r.locale(),
                Outbox.cut(subject.strip(), 500), text(body, link))).toList());
        return to.size();
    }

    /**
     * Tells one person something, in their inbox and at their e-mail address (a reorganisation moved or disabled their
     * account): the text as given, in the person's language. Filed under their home unit in the log.
     */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public void notifyAccount(AccountInfo account, String subject, String body, @Nullable String link) {
        OrgUnitInfo unit = jurisdiction.require(account.homeUnitId());
        if (subject.isBlank() || body.isBlank()) {
            throw new RuleViolation("reminder.error.empty-notice");
        }
        write(unit, link, List.of(new Outbox.RecipientMessage(account.id(), account.fullName(), account.email(),
                account.locale(), Outbox.cut(subject.strip(), 500), text(body, link))));
    }

    private String text(String body, @Nullable String link) {
        return link == null ? body.strip() : body.strip() + "\n\n" + links.absolute(link);
    }

    private void write(OrgUnitInfo unit, @Nullable String link, List<Outbox.RecipientMessage> messages) {
        outbox.write(new Outbox.Draft(ReminderKind.NOTICE, null, null, null,
                currentUser.get().map(AccountInfo::id).orElse(null),
                currentUser.get().map(AccountInfo::fullName).orElse("SafeSchool"), false,
                List.of(new Outbox.UnitMessage(unit.id(), unit.path(), unit.isSchool() ? "NOTICE" : "OFFICE", link,
                        messages))));
    }
}
