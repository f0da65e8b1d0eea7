package vn.safeschool.checklist;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistVersionRepository extends JpaRepository<ChecklistVersion, Long> {

    @EntityGraph(attributePaths = "criteria")
    Optional<ChecklistVersion> findWithCriteriaById(long id);

    @EntityGraph(attributePaths = "criteria")
    Optional<ChecklistVersion> findWithCriteriaByCodeAndVersionNo(String code, int versionNo);
}
