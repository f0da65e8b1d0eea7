package vn.safeschool.reminder;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.base.Requester;

/**
 * The signed-in user's inbox: the reminders and notices addressed to their account. Nobody reads or marks anyone
 * else's messages: another user's message answers like a missing one. Opening a message marks it read, which its
 * sender sees in the log as "seen".
 */
@Service
@Transactional(readOnly = true)
public class InboxService {

    static final int LIMIT = 500;

    private final ReminderQueries queries;
    private final Requester requester;
    private final Clock clock;

    InboxService(ReminderQueries queries, Requester requester, Clock clock) {
        this.queries = queries;
        this.requester = requester;
        this.clock = clock;
    }

    /** Unread messages: the bell's number. */
    @PreAuthorize(Roles.IS_USER)
    public long unreadCount() {
        return requester.userId().map(queries::unread).orElse(0L);
    }

    /** The newest messages first. */
    @PreAuthorize(Roles.IS_USER)
    public List<InboxItem> list(int limit) {
        return requester.userId().map(me -> queries.inbox(me, Math.min(Math.max(1, limit), LIMIT))).orElse(List.of());
    }

    @Transactional
    @PreAuthorize(Roles.IS_USER)
    public void markRead(long itemId) {
        long me = requester.userId().orElseThrow(NotFound::new);
        if (!queries.markRead(me, itemId, clock.instant())) {
            throw new NotFound();
        }
    }

    /** @return how many were unread */
    @Transactional
    @PreAuthorize(Roles.IS_USER)
    public int markAllRead() {
        return requester.userId().map(me -> queries.markAllRead(me, clock.instant())).orElse(0);
    }
}
