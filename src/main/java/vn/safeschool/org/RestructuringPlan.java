package vn.safeschool.org;

import java.io.Serializable;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link Restructuring} does, or would do: its problems (nothing may be applied while there is one), how many
 * units each kind of change touches, and every unit it dissolves with the unit that takes over its open work.
 *
 * @param placed every unit whose place in the tree changes, the ones under a moved unit included
 */
public record RestructuringPlan(List<Problem> problems, int created, int moved, int merged, int split, int closed,
        int reopened, int renamed, int recoded, int placed, List<Dissolved> dissolved) implements Serializable {

    public RestructuringPlan {
        problems = List.copyOf(problems);
        dissolved = List.copyOf(dissolved);
    }

    public boolean canApply() {
        return problems.isEmpty();
    }

    /**
     * A problem of one step (its line; 0 for the reorganisation as a whole) as a translation key and its arguments.
     */
    public record Problem(int line, String key, List<String> args) implements Serializable {
        public Problem {
            args = List.copyOf(args);
        }
    }

    /**
     * A unit the reorganisation dissolves (merged, split or closed), and who takes its open work: its successor, or
     * the unit above when it has none. Units the reorganisation creates have no id until it is applied.
     */
    public record Dissolved(long unitId, String code, String name, UnitKind kind, @Nullable Ref successor,
            Ref takesOver) implements Serializable {
    }

    /** A unit as a plan names it: existing ones with their id, new ones by code only until applied. */
    public record Ref(@Nullable Long id, String code, String name, UnitKind kind) implements Serializable {
    }
}
