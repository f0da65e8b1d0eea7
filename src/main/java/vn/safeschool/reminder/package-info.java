/**
 * Reminders: lagging units reminded down the chain — by hand from the oversight grid, on schedule before a
 * campaign's deadline, and by escalation digests after it — through the in-app inbox and e-mail. A transactional
 * outbox: the reminder, the units it reached and one delivery per (recipient, channel) are written in the request's
 * transaction; a worker sends the queued e-mails with retries, each attempt logged. Other features notify a unit's
 * recipients through {@link vn.safeschool.reminder.NoticeService}.
 *
 * <p>Declared for SQL only: declaration — "lagging" and the reminders' log read declaration and
 * declaration_submission by SQL (tables only: declaration uses reminder's NoticeService).
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: audit", "base :: i18n", "base :: ui", "campaign", "checklist", "org", "oversight",
        "security", "declaration"})
@NullMarked
package vn.safeschool.reminder;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
