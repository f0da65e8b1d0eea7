package vn.safeschool.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    /** A campaign with the materialized path of its scope unit, for the jurisdiction check. */
    record WithScope(Campaign campaign, String scopePath) {
        CampaignInfo info() {
            return campaign.toInfo();
        }

        static WithScope of(Object[] row) {
            return new WithScope((Campaign) row[0], (String) row[1]);
        }
    }

    Optional<Campaign> findByDocNumber(String docNumber);

    @Query("select c, u.path from Campaign c, OrgUnit u where u.id = c.scopeUnitId and c.id = :id")
    List<Object[]> findRowWithScopePath(long id);

    @Query("""
            select c, u.path from Campaign c, OrgUnit u where u.id = c.scopeUnitId
            order by c.issuedOn desc, c.id desc""")
    List<Object[]> findRowsWithScopePath();

    default Optional<WithScope> findWithScopePath(long id) {
        return findRowWithScopePath(id).stream().map(WithScope::of).findFirst();
    }

    default List<WithScope> findAllWithScopePath() {
        return findRowsWithScopePath().stream().map(WithScope::of).toList();
    }
}
