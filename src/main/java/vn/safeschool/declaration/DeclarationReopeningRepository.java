package vn.safeschool.declaration;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeclarationReopeningRepository extends JpaRepository<DeclarationReopening, Long> {

    /** The reopening that keeps the school open longest, if it still runs at {@code now}. */
    Optional<DeclarationReopening> findFirstByUnitIdAndCampaignIdAndOpenUntilAfterOrderByOpenUntilDesc(long unitId,
            long campaignId, Instant now);
}
