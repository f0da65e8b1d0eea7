package vn.safeschool.followup;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.safeschool.base.Dates;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.reminder.NoticeService;
import vn.safeschool.security.SystemTask;

/**
 * Tells the unit that has to act through the reminders' channels (inbox and e-mail): the assignee when a case is
 * opened for it or its answer is returned, the opening unit when the case was answered. Runs in the transaction of
 * the change, so the notice and the change commit together; as the application itself, because the acting user may
 * not send reminders (a district admin answering writes to the Department). Vietnamese, the language of the official
 * correspondence it stands in for.
 */
@Component
class FollowUpNotices {


    private final NoticeService notices;
    private final SystemTask system;
    private final Translations translations;

    FollowUpNotices(NoticeService notices, SystemTask system, Translations translations) {
        this.notices = notices;
        this.system = system;
        this.translations = translations;
    }

    @EventListener
    void opened(FollowUpOpened event) {
        send(event.assigneeUnitId(), event.caseId(), "followup.notice.opened", type(event.type()), when(event.dueAt()));
    }

    @EventListener
    void returned(FollowUpReturned event) {
        send(event.assigneeUnitId(), event.caseId(), "followup.notice.returned");
    }

    @EventListener
    void responded(FollowUpResponded event) {
        send(event.openerUnitId(), event.caseId(), "followup.notice.responded");
    }

    private void send(long unitId, long caseId, String key, Object... args) {
        String subject = text(key + ".subject", caseId);
        String body = text(key + ".body", args);
        system.run(() -> notices.notifyUnit(unitId, subject, body, "followups/" + caseId));
    }

    private String type(FollowUpType type) {
        return text("followup.type." + type.name());
    }

    private static String when(Instant at) {
        return Dates.dateTime(at, Translations.VIETNAMESE);
    }

    private String text(String key, Object... args) {
        return translations.getTranslation(key, Translations.VIETNAMESE, args);
    }
}
