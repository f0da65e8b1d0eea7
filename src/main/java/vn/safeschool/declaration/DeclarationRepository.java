package vn.safeschool.declaration;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DeclarationRepository extends JpaRepository<Declaration, Long> {

    Optional<Declaration> findByUnitIdAndCampaignId(long unitId, long campaignId);

    /**
     * The same, row-locked until the transaction ends: two saves of one declaration run one after the other. With
     * its answers, which the save replaces: one round trip instead of two.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Declaration d left join fetch d.answers"
            + " where d.unitId = :unitId and d.campaignId = :campaignId")
    Optional<Declaration> lockByUnitIdAndCampaignId(long unitId, long campaignId);
}
