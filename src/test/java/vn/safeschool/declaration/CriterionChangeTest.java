package vn.safeschool.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.SafetyStatus;

class CriterionChangeTest {

    @Test
    void only_the_criteria_whose_answer_or_note_changed_are_listed() {
        SubmissionInfo first = submission(1, Map.of(4, AnswerInput.no(), 5, AnswerInput.yes(), 6,
                new AnswerInput(false, "đang sửa")));
        SubmissionInfo second = submission(2, Map.of(4, AnswerInput.yes(), 5, AnswerInput.yes(), 6,
                new AnswerInput(false, "xong 26/02")));

        assertThat(CriterionChange.between(first, second)).containsExactly(
                new CriterionChange(4, false, true, null, null),
                new CriterionChange(6, false, false, "đang sửa", "xong 26/02"));
    }

    @Test
    void identical_submissions_have_no_changes() {
        SubmissionInfo once = submission(1, Map.of(1, AnswerInput.yes(), 2, new AnswerInput(true, " ")));
        SubmissionInfo again = submission(2, Map.of(1, AnswerInput.yes(), 2, AnswerInput.yes()));

        assertThat(CriterionChange.between(once, again)).isEmpty();
    }

    private static SubmissionInfo submission(int revision, Map<Integer, AnswerInput> answers) {
        return new SubmissionInfo(revision, new Assessment(SafetyStatus.AT_RISK, 10, 15, java.util.List.of()),
                Instant.EPOCH, null, false, answers, false, null);
    }
}
