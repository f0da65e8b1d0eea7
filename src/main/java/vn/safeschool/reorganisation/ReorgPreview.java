package vn.safeschool.reorganisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.safeschool.followup.OpenWork;
import vn.safeschool.org.RestructuringPlan;
import vn.safeschool.org.UnitKind;
import vn.safeschool.security.Role;

/**
 * What applying the event would do, before anything is written: the plan (its problems by line, what it moves,
 * merges, closes), the open campaigns it touches with their reminders still to come, the open follow-up work of the
 * units it dissolves, and every account homed at one of them with what becomes of it.
 *
 * Once the event is applied, the same record says what applying did, as it was recorded then ({@code asApplied}).
 *
 * @param orphans          accounts without a valid decision: the event cannot be applied while there is one
 * @param takesEffectLater its moment is still to come: applying it schedules it
 * @param asApplied        the plan, the open work and the accounts are what applying did, not what it would do
 */
public record ReorgPreview(ReorgSummary event, RestructuringPlan plan, List<TouchedCampaign> campaigns,
        OpenWork openWork, List<AccountChoice> accounts, int orphans, boolean takesEffectLater, boolean asApplied)
        implements Serializable {

    public ReorgPreview {
        campaigns = List.copyOf(campaigns);
        accounts = List.copyOf(accounts);
    }

    public boolean canApply() {
        return event.status() == ReorgStatus.DRAFT && plan.canApply() && orphans == 0;
    }

    /** An open campaign whose schools the event moves; its reminders still to come reach them in the new tree. */
    public record TouchedCampaign(long id, String docNumber, String title, Instant deadline,
            List<Instant> remindersToCome) implements Serializable {
        public TouchedCampaign {
            remindersToCome = List.copyOf(remindersToCome);
        }
    }

    /**
     * An account homed at a unit the event dissolves: moved to {@code target} (null: disabled), as staff chose
     * ({@code chosen}) or by default (the successor, if the account's role belongs there).
     *
     * @param options the units the event leaves where this account's role belongs, for staff to choose from
     */
    public record AccountChoice(long accountId, String username, String fullName, Role role, boolean enabled,
            long homeUnitId, String homeCode, String homeName, @Nullable Target target, boolean chosen, boolean valid,
            List<Target> options) implements Serializable {
        public AccountChoice {
            options = List.copyOf(options);
        }
    }

    public record Target(String code, String name, UnitKind kind) implements Serializable {
    }
}
