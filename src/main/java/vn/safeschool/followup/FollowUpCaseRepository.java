package vn.safeschool.followup;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpCaseRepository extends JpaRepository<FollowUpCase, Long> {

    /** Whether the unit has a case of this type in the campaign that is not closed yet. */
    @Query("""
            select count(c) > 0 from FollowUpCase c where c.assigneeUnitId = :unitId and c.campaignId = :campaignId
            and c.type = :type and c.status in :statuses""")
    boolean existsUnfinished(long unitId, long campaignId, FollowUpType type, Collection<FollowUpStatus> statuses);
}
