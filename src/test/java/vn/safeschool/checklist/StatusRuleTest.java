package vn.safeschool.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatusRuleTest {

    /** Letter 1467: 15 criteria, Safe at 11+ with 4, 5, 10, 11 all met, Unsafe at 7 or fewer. */
    private final StatusRule rule1467 = new StatusRule(11, 7, Set.of(4, 5, 10, 11), numbers(1, 15));

    @ParameterizedTest(name = "{0} met, all mandatory among them: {1}")
    @CsvSource({"15, SAFE", "11, SAFE", "10, AT_RISK", "8, AT_RISK", "7, UNSAFE", "0, UNSAFE"})
    void status_follows_the_number_of_criteria_met(int met, SafetyStatus expected) {
        Assessment assessment = rule1467.assess(metIncludingMandatory(met));

        assertThat(assessment.status()).isEqualTo(expected);
        assertThat(assessment.met()).isEqualTo(met);
        assertThat(assessment.total()).isEqualTo(15);
    }

    @Test
    void fourteen_met_with_a_mandatory_criterion_missed_is_at_risk_and_names_it() {
        Assessment assessment = rule1467.assess(numbers(1, 15).stream().filter(n -> n != 5).collect(Collectors.toSet()));

        assertThat(assessment.status()).isEqualTo(SafetyStatus.AT_RISK);
        assertThat(assessment.met()).isEqualTo(14);
        assertThat(assessment.missedMandatory()).containsExactly(5);
        assertThat(assessment.reasonKey()).isEqualTo("rule.reason.mandatory-missed-one");
    }

    @Test
    void seven_met_is_unsafe_even_with_every_mandatory_criterion_met() {
        Assessment assessment = rule1467.assess(Set.of(4, 5, 10, 11, 1, 2, 3));

        assertThat(assessment.status()).isEqualTo(SafetyStatus.UNSAFE);
        assertThat(assessment.reasonKey()).isEqualTo("rule.reason.count");
    }

    @Test
    void nine_met_without_missing_a_mandatory_criterion_is_at_risk_by_count() {
        Assessment assessment = rule1467.assess(metIncludingMandatory(9));

        assertThat(assessment.status()).isEqualTo(SafetyStatus.AT_RISK);
        assertThat(assessment.reasonKey()).isEqualTo("rule.reason.count");
        assertThat(assessment.reasonArguments()).containsExactly(9, 15, "");
    }

    @Test
    void answers_for_criteria_outside_the_version_do_not_count() {
        Assessment assessment = rule1467.assess(Set.of(4, 5, 10, 11, 16, 17, 18, 19, 20, 21, 22));

        assertThat(assessment.met()).isEqualTo(4);
        assertThat(assessment.status()).isEqualTo(SafetyStatus.UNSAFE);
    }

    @Test
    void thresholds_come_from_the_version_not_from_code() {
        StatusRule stricter = new StatusRule(14, 9, Set.of(1), numbers(1, 16));

        assertThat(stricter.assess(numbers(1, 13)).status()).isEqualTo(SafetyStatus.AT_RISK);
        assertThat(stricter.assess(numbers(1, 14)).status()).isEqualTo(SafetyStatus.SAFE);
        assertThat(stricter.assess(numbers(1, 9)).status()).isEqualTo(SafetyStatus.UNSAFE);
    }

    private static Set<Integer> metIncludingMandatory(int met) {
        Set<Integer> numbers = new java.util.HashSet<>(Set.of(4, 5, 10, 11));
        IntStream.rangeClosed(1, 15).filter(n -> !numbers.contains(n)).limit(Math.max(0, met - 4)).forEach(numbers::add);
        if (met < 4) {
            return numbers(1, 15).stream().filter(n -> n > 11).limit(met).collect(Collectors.toSet());
        }
        return numbers;
    }

    private static Set<Integer> numbers(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().collect(Collectors.toSet());
    }
}
