package vn.safeschool.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/** How one criterion's answer differs between two submissions of a declaration. */
public record CriterionChange(int number, @Nullable Boolean metBefore, @Nullable Boolean metAfter,
        @Nullable String noteBefore, @Nullable String noteAfter) {

    /** The criteria whose answer or note differs from {@code older} to {@code newer}, by criterion number. */
    public static List<CriterionChange> between(SubmissionInfo older, SubmissionInfo newer) {
        List<CriterionChange> changes = new ArrayList<>();
        TreeSet<Integer> numbers = new TreeSet<>(older.answers().keySet());
        numbers.addAll(newer.answers().keySet());
        for (int number : numbers) {
            AnswerInput before = older.answers().get(number);
            AnswerInput after = newer.answers().get(number);
            Boolean metBefore = before == null ? null : before.met();
            Boolean metAfter = after == null ? null : after.met();
            String noteBefore = before == null ? null : blankToNull(before.note());
            String noteAfter = after == null ? null : blankToNull(after.note());
            if (!Objects.equals(metBefore, metAfter) || !Objects.equals(noteBefore, noteAfter)) {
                changes.add(new CriterionChange(number, metBefore, metAfter, noteBefore, noteAfter));
            }
        }
        return changes;
    }

    private static @Nullable String blankToNull(@Nullable String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
