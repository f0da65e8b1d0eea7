package vn.safeschool.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import vn.safeschool.base.Zones;

public record CampaignInfo(
        long id,
        String docNumber,
        String title,
        LocalDate issuedOn,
        Instant deadline,
        long scopeUnitId,
        long checklistVersionId,
        int freshnessDays,
        boolean lockAfterDeadline,
        CampaignStatus status,
        long version) {

    /** The deadline as the directive states it, in Vietnam's time. */
    public ZonedDateTime deadlineInVietnam() {
        return deadline.atZone(Zones.VIETNAM);
    }

    public boolean isLate(Instant submittedAt) {
        return submittedAt.isAfter(deadline);
    }
}
