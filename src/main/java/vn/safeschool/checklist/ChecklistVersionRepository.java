package vn.safeschool.checklist;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistVersionRepository extends JpaRepository<ChecklistVersion, Long> {

    @EntityGraph(ChecklistVersion.WITH_CRITERIA)
    Optional<ChecklistVersion> findWithCriteriaById(long id);

    @EntityGraph(ChecklistVersion.WITH_CRITERIA)
    Optional<ChecklistVersion> findWithCriteriaByCodeAndVersionNo(String code, int versionNo);

    @EntityGraph(ChecklistVersion.WITH_CRITERIA)
    @Query("select distinct v from ChecklistVersion v order by v.code, v.versionNo")
    List<ChecklistVersion> findAllWithCriteria();

    @Query("select coalesce(max(v.versionNo), 0) from ChecklistVersion v where v.code = :code")
    int maxVersionNo(String code);

}
