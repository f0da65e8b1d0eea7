package vn.safeschool.declaration;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeclarationRepository extends JpaRepository<Declaration, Long> {

    Optional<Declaration> findByUnitIdAndCampaignId(long unitId, long campaignId);
}
