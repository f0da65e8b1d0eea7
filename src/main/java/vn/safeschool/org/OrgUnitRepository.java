package vn.safeschool.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    @Query("select u from OrgUnit u where u.parentId = :parentId order by u.name")
    List<OrgUnit> findChildren(long parentId);

    @Query("select u from OrgUnit u where u.parentId is null order by u.name")
    List<OrgUnit> findRoots();
}
