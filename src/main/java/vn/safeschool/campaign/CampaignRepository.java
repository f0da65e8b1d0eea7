package vn.safeschool.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    boolean existsByDocNumber(String docNumber);

    Optional<Campaign> findByDocNumber(String docNumber);

    List<Campaign> findAllByOrderByIssuedOnDescIdDesc();
}
