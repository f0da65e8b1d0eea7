package vn.safeschool.declaration;

import vn.safeschool.base.Dates;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.reminder.NoticeService;
import vn.safeschool.security.SystemTask;

/**
 * Tells a reopened school so: its principal (inbox and e-mail) and its contact address learn until when and why
 * they may declare again, with the link to the form. Runs in the reopening's transaction, so both commit together;
 * as the application itself, like the follow-up notices, and in Vietnamese, the language of the official
 * correspondence it stands in for.
 */
@Component
class ReopeningNotices {


    private final NoticeService notices;
    private final SystemTask system;
    private final Translations translations;

    ReopeningNotices(NoticeService notices, SystemTask system, Translations translations) {
        this.notices = notices;
        this.system = system;
        this.translations = translations;
    }

    @EventListener
    void reopened(DeclarationReopened event) {
        String number = event.campaign().docNumber();
        String subject = translations.getTranslation("declaration.notice.reopened.subject", Translations.VIETNAMESE,
                number);
        String body = translations.getTranslation("declaration.notice.reopened.body", Translations.VIETNAMESE,
                number, event.campaign().title(), Dates.dateTime(event.openUntil(), Translations.VIETNAMESE), event.reason());
        system.run(() -> notices.notifyUnit(event.unitId(), subject, body,
                "schools/" + event.unitId() + "/declaration?campaign=" + event.campaign().id()));
    }
}
