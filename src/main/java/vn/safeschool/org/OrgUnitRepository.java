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

    @Query("""
            select u from OrgUnit u where u.path like :pathPattern and (u.name like :text escape '!' or u.code like :text escape '!')
            order by u.depth, u.name""")
    List<OrgUnit> search(String pathPattern, String text, org.springframework.data.domain.Pageable page);
}
