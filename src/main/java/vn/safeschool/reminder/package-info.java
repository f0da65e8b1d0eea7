/**
 * Reminders: lagging units reminded down the chain — by hand from the oversight grid, on schedule before a
 * campaign's deadline, and by escalation digests after it — through the in-app inbox and e-mail. A transactional
 * outbox: the reminder, the units it reached and one delivery per (recipient, channel) are written in the request's
 * transaction; a worker sends the queued e-mails with retries, each attempt logged. Other features notify a unit's
 * recipients through {@link vn.safeschool.reminder.NoticeService}.
 */
@NullMarked
package vn.safeschool.reminder;

import org.jspecify.annotations.NullMarked;
