package vn.safeschool.followup;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectiveItemRepository extends JpaRepository<CorrectiveItem, Long> {

    List<CorrectiveItem> findByUnitIdAndCampaignIdAndStatusIn(long unitId, long campaignId,
            Collection<CorrectiveStatus> statuses);
}
