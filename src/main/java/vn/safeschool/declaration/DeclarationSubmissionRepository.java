package vn.safeschool.declaration;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeclarationSubmissionRepository extends JpaRepository<DeclarationSubmission, Long> {

    @Query("select count(s) from DeclarationSubmission s where s.declarationId = :declarationId")
    int countByDeclarationId(long declarationId);

    @Query("select s from DeclarationSubmission s where s.unitId = :unitId and s.campaignId = :campaignId"
            + " order by s.submittedAt desc, s.revision desc")
    java.util.List<DeclarationSubmission> findHistory(long unitId, long campaignId);
}
