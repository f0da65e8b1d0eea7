package vn.safeschool.declaration;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Inputs;

/** One criterion as answered: met or not, with an optional note. */
public record AnswerInput(boolean met, @Nullable @Size(max = AnswerInput.MAX_NOTE) String note) {

    /** The column's length. */
    public static final int MAX_NOTE = 1000;

    /** A note of nothing visible is no note. */
    public AnswerInput {
        note = Inputs.optionalText(note);
    }

    public static AnswerInput yes() {
        return new AnswerInput(true, null);
    }

    public static AnswerInput no() {
        return new AnswerInput(false, null);
    }
}
