package vn.safeschool.audit;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.CurrentUser;
import vn.safeschool.security.SystemTask;

/**
 * Stores every {@link AuditEvent} synchronously, in the publisher's transaction: the change and its audit row
 * commit or roll back together (an event published outside a transaction gets one of its own). Publish from a
 * read-write transaction or none.
 */
@Component
class AuditLogListener {

    static final String NOBODY = "anonymous";
    private static final int MAX_TEXT = 255;

    private final AuditRecordRepository records;
    private final CurrentUser currentUser;
    private final SystemTask system;
    private final OrgService org;
    private final Clock clock;

    AuditLogListener(AuditRecordRepository records, CurrentUser currentUser, SystemTask system, OrgService org,
            Clock clock) {
        this.records = records;
        this.currentUser = currentUser;
        this.system = system;
        this.org = org;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void store(AuditEvent event) {
        Optional<AccountInfo> signedIn = currentUser.get();
        String actorName;
        Long actorId;
        if (event.actor() != null) {
            actorName = event.actor();
            actorId = signedIn.filter(a -> a.username().equals(event.actor())).map(AccountInfo::id).orElse(null);
        } else if (signedIn.isPresent()) {
            actorName = signedIn.get().username();
            actorId = signedIn.get().id();
        } else {
            actorName = currentUser.isSystem() ? SystemTask.NAME : NOBODY;
            actorId = null;
        }
        records.append(new AuditRecord(clock.instant(), actorId, cut(actorName), event.action(), event.unitId(),
                pathOf(event.unitId()), event.target() == null ? null : cut(event.target()), event.before(),
                event.after()));
    }

    /**
     * The unit's path at this moment, whoever acted — a sign-in has no jurisdiction yet — hence looked up as the
     * application itself. Read through the org service, so a unit created in this very transaction is found too.
     */
    private @Nullable String pathOf(@Nullable Long unitId) {
        if (unitId == null) {
            return null;
        }
        return system.call(() -> org.find(unitId)).map(OrgUnitInfo::path).orElse(null);
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
