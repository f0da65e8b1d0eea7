package vn.safeschool.reminder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A message in the signed-in user's inbox. {@code sender} null: the schedule. */
public record InboxItem(long id, Instant at, ReminderKind kind, @Nullable String sender, String subject, String body,
        @Nullable String link, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
