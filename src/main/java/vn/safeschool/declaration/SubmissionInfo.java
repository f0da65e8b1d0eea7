package vn.safeschool.declaration;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.safeschool.checklist.Assessment;

/**
 * One submission of a declaration's history, with its answers as submitted (criterion number to answer); an entry
 * made on behalf of the school (by its district office or the department) carries the reason given.
 */
public record SubmissionInfo(int revision, Assessment assessment, Instant submittedAt,
        @Nullable String submittedByName, boolean late, Map<Integer, AnswerInput> answers, boolean onBehalf,
        @Nullable String onBehalfReason) {

    public SubmissionInfo {
        answers = Map.copyOf(answers);
    }
}
