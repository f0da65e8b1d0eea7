package vn.safeschool.declaration;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One criterion as answered: met or not, with an optional note. */
public record AnswerInput(boolean met, @Nullable @Size(max = 1000) String note) {

    public static AnswerInput yes() {
        return new AnswerInput(true, null);
    }

    public static AnswerInput no() {
        return new AnswerInput(false, null);
    }
}
