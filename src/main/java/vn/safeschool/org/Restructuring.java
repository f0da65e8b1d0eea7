package vn.safeschool.org;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Inputs;

/**
 * A reorganisation of the hierarchy that takes effect at one moment: every step at once, as a resolution lists
 * them. Units are named by their current codes.
 *
 * <ul>
 * <li>{@code CREATE}: a new unit {@code newCode} named {@code newName} under {@code parentCode}, of {@code kind}
 * (a school also needs {@code type} and {@code ownership});</li>
 * <li>{@code MOVE}: the unit {@code code}, with everything under it, under {@code parentCode};</li>
 * <li>{@code RENAME}: to {@code newName}; {@code RECODE}: to {@code newCode}, the old code staying the unit's for ever.
 * A {@code MOVE}, {@code RENAME} or {@code RECODE} step may carry the other two changes as well;</li>
 * <li>{@code MERGE}: the unit into {@code newCode} (an existing unit, or one the reorganisation creates), which
 * takes its units, its open work and its history;</li>
 * <li>{@code SPLIT}: one step per new unit {@code newCode}; its units must each be moved by a {@code MOVE} step;
 * the first step's unit takes its open work;</li>
 * <li>{@code CLOSE}: the unit is dissolved; its units must be moved, its open work goes to the unit above;</li>
 * <li>{@code REOPEN}: a closed unit opens again, under {@code parentCode} if given (what undoing a closure does).</li>
 * </ul>
 *
 * @param line where the step came from (a mapping file's row number), to name it in a problem
 */
public record Restructuring(@NotNull List<@Valid Step> steps) {

    public enum Action {
        CREATE, MOVE, RENAME, RECODE, MERGE, SPLIT, CLOSE, REOPEN
    }

    public record Step(
            int line,
            @NotNull Action action,
            @Nullable @Size(max = 32) String code,
            @Nullable @Size(max = 32) String newCode,
            @Nullable @Size(max = 32) String parentCode,
            @Nullable @Size(max = 255) String newName,
            @Nullable UnitKind kind,
            @Nullable InstitutionType type,
            @Nullable Ownership ownership) {

        public Step {
            code = blankToNull(code);
            newCode = blankToNull(newCode);
            parentCode = blankToNull(parentCode);
            newName = blankToNull(newName);
        }

        private static @Nullable String blankToNull(@Nullable String text) {
            String clean = Inputs.line(text);
            return clean == null || clean.isBlank() ? null : clean.strip();
        }
    }

    public Restructuring {
        steps = List.copyOf(steps);
    }
}
