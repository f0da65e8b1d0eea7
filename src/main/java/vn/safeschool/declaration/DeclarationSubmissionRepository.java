package vn.safeschool.declaration;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeclarationSubmissionRepository extends JpaRepository<DeclarationSubmission, Long> {

    @Query("select count(s) from DeclarationSubmission s where s.declarationId = :declarationId")
    int countByDeclarationId(long declarationId);
}
