package vn.safeschool.declaration;

import java.time.Instant;
import java.util.Set;

import vn.safeschool.checklist.SafetyStatus;

/**
 * A declaration was recorded — submitted by the school, entered on its behalf, re-confirmed or imported — published
 * in the transaction that records it, so that features reacting to it (corrective items) commit or roll back with it.
 *
 * @param failedCriterionIds the checklist criteria (ids) answered "not met"; every other criterion was met
 */
public record DeclarationSubmitted(long declarationId, long unitId, long campaignId, SafetyStatus status,
        Instant submittedAt, Set<Long> failedCriterionIds) {

    public DeclarationSubmitted {
        failedCriterionIds = Set.copyOf(failedCriterionIds);
    }
}
