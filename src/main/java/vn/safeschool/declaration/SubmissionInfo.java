package vn.safeschool.declaration;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.safeschool.checklist.Assessment;

/** One submission of a declaration's history, with its answers as submitted (criterion number to answer). */
public record SubmissionInfo(int revision, Assessment assessment, Instant submittedAt,
        @Nullable String submittedByName, boolean late, Map<Integer, AnswerInput> answers) {

    public SubmissionInfo {
        answers = Map.copyOf(answers);
    }
}
