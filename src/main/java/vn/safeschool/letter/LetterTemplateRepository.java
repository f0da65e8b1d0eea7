package vn.safeschool.letter;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LetterTemplateRepository extends JpaRepository<LetterTemplate, Long> {

    Optional<LetterTemplate> findByDepartmentId(long departmentId);

    /** The default the migrations ship, which no department owns. */
    @Query("SELECT t FROM LetterTemplate t WHERE t.departmentId IS NULL")
    Optional<LetterTemplate> findShipped();
}
