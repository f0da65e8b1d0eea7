package vn.safeschool.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    Optional<OrgUnit> findByPath(String path);

    @Query("select u from OrgUnit u where u.code in :codes and u.path like :scope")
    List<OrgUnit> findByCodeInScope(java.util.Collection<String> codes, String scope);

    @Query("select u.id, u.contactEmail from OrgUnit u where u.id in :ids and u.path like :scope and u.contactEmail is not null")
    List<Object[]> findContactEmails(java.util.Collection<Long> ids, String scope);

    @Query("select u from OrgUnit u where u.parentId = :parentId order by u.name")
    List<OrgUnit> findChildren(long parentId);

    /** By any name or code the unit has had: a unit is found by what people still call it. Open units first. */
    @Query(nativeQuery = true, value = """
            SELECT u.* FROM org_unit u
            WHERE u.path LIKE :pathPattern
              AND (u.name LIKE :text ESCAPE '!' OR u.code LIKE :text ESCAPE '!'
                   OR EXISTS (SELECT 1 FROM org_unit_version v WHERE v.unit_id = u.id
                              AND (v.name LIKE :text ESCAPE '!' OR v.code LIKE :text ESCAPE '!')))
            ORDER BY u.active DESC, u.depth, u.name""")
    List<OrgUnit> search(String pathPattern, String text, org.springframework.data.domain.Pageable page);
}
