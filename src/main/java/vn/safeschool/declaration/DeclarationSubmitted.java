package vn.safeschool.declaration;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.checklist.SafetyStatus;

/**
 * A declaration was recorded — submitted by the school, entered on its behalf, re-confirmed or imported — published
 * in the transaction that records it, next to the audit event, so that features reacting to it (corrective items)
 * commit or roll back with it, and those counting it (the operations metrics) need not read the audit log.
 *
 * @param origin         who made it: the school itself, someone on its behalf, or an import of an earlier record
 * @param failedCriteria the checklist's criteria answered "not met", in checklist order; every other one was met
 */
public record DeclarationSubmitted(long declarationId, long unitId, long campaignId, Origin origin,
        SafetyStatus status, Instant submittedAt, List<CriterionInfo> failedCriteria) {

    public enum Origin {
        SCHOOL,
        ON_BEHALF,
        IMPORT
    }

    public DeclarationSubmitted {
        failedCriteria = List.copyOf(failedCriteria);
    }

    public Set<Long> failedCriterionIds() {
        return failedCriteria.stream().map(CriterionInfo::id).collect(Collectors.toSet());
    }
}
