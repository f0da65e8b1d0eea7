package vn.safeschool.followup;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One case for its page: the case, the unit's latest answer, the history oldest first, and the transitions the
 * signed-in user may make now ({@link CaseAction#RESPONDED}, {@link CaseAction#RETURNED},
 * {@link CaseAction#ACCEPTED}).
 */
public record FollowUpDetails(FollowUpCaseInfo info, @Nullable String explanation, @Nullable String conclusions,
        @Nullable AttachmentInfo attachment, List<HistoryEntry> history, Set<CaseAction> allowed) {

    public FollowUpDetails {
        history = List.copyOf(history);
        allowed = Set.copyOf(allowed);
    }

    /**
     * One transition: what, when, who, the comment or answer given, the file attached to it, and the new due date
     * a return set.
     */
    public record HistoryEntry(CaseAction action, java.time.Instant at, @Nullable String actorName,
            @Nullable String comment, @Nullable AttachmentInfo attachment, java.time.@Nullable Instant dueAt) {
    }
}
