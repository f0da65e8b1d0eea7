package vn.safeschool.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Zones;

/** @param closedAt when the campaign stopped taking declarations (closed or archived); null while it is open */
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
        @Nullable Instant closedAt,
        long version) {

    /** The deadline as the directive states it, in Vietnam's time. */
    public ZonedDateTime deadlineInVietnam() {
        return deadline.atZone(Zones.VIETNAM);
    }

    /**
     * Whether a school whose first declaration came at this moment is Late. Late is the first declaration's: an
     * update after the deadline keeps an on-time school on time, and every submission of a school carries its
     * declaration's flag (the rollups, the letter, the exports and the school's page read that flag).
     */
    public boolean isLate(Instant firstSubmittedAt) {
        return firstSubmittedAt.isAfter(deadline);
    }
}
