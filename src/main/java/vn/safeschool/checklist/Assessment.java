package vn.safeschool.checklist;

import java.util.List;

/**
 * The rule's verdict and why: how many criteria were met out of how many, and which mandatory ones were missed.
 * The reason is kept as these facts, and worded (in the reader's language) only when shown.
 */
public record Assessment(SafetyStatus status, int met, int total, List<Integer> missedMandatory) {

    public Assessment {
        missedMandatory = List.copyOf(missedMandatory);
    }

    /** Translation key of the reason; {@link #reasonArguments()} fill it. */
    public String reasonKey() {
        if (status == SafetyStatus.SAFE) {
            return "rule.reason.safe";
        }
        if (status == SafetyStatus.AT_RISK && !missedMandatory.isEmpty()) {
            return missedMandatory.size() == 1 ? "rule.reason.mandatory-missed-one" : "rule.reason.mandatory-missed";
        }
        return "rule.reason.count";
    }

    public Object[] reasonArguments() {
        return new Object[] {met, total, missedMandatoryText()};
    }

    /** "4, 5": the numbers of the missed mandatory criteria as stored and shown. */
    public String missedMandatoryText() {
        return String.join(", ", missedMandatory.stream().map(String::valueOf).toList());
    }
}
