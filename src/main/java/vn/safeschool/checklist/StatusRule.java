package vn.safeschool.checklist;

import java.util.List;
import java.util.Set;

/**
 * The rule of a checklist version. The Ministry's letter 1467 (28 Apr 2020) is {@code safeMinMet = 11},
 * {@code unsafeMaxMet = 7} with criteria 4, 5, 10 and 11 mandatory. The letter leaves open what 8 or more met
 * with a mandatory criterion missed is: here it is At risk, and the reason names the criterion.
 *
 * @param safeMinMet   Safe needs at least this many met, and every mandatory one
 * @param unsafeMaxMet this many met or fewer is Unsafe, whatever else
 * @param mandatory    numbers of the mandatory criteria
 * @param criteria     numbers of all criteria of the version
 */
public record StatusRule(int safeMinMet, int unsafeMaxMet, Set<Integer> mandatory, Set<Integer> criteria) {

    public StatusRule {
        mandatory = Set.copyOf(mandatory);
        criteria = Set.copyOf(criteria);
        if (unsafeMaxMet >= safeMinMet) {
            throw new IllegalArgumentException("unsafeMaxMet must be below safeMinMet");
        }
        if (!criteria.containsAll(mandatory)) {
            throw new IllegalArgumentException("mandatory criteria must be criteria of the version");
        }
    }

    /** @param metNumbers the numbers of the criteria answered "met"; numbers outside the version are ignored */
    public Assessment assess(Set<Integer> metNumbers) {
        int met = (int) metNumbers.stream().filter(criteria::contains).count();
        List<Integer> missed = mandatory.stream().filter(n -> !metNumbers.contains(n)).sorted().toList();
        SafetyStatus status;
        if (met <= unsafeMaxMet) {
            status = SafetyStatus.UNSAFE;
        } else if (met >= safeMinMet && missed.isEmpty()) {
            status = SafetyStatus.SAFE;
        } else {
            status = SafetyStatus.AT_RISK;
        }
        return new Assessment(status, met, criteria.size(), missed);
    }
}
