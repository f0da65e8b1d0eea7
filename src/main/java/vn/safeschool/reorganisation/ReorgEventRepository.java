package vn.safeschool.reorganisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReorgEventRepository extends JpaRepository<ReorgEvent, Long> {

    @Query("SELECT e FROM ReorgEvent e ORDER BY e.effectiveAt DESC, e.id DESC")
    List<ReorgEvent> findAllNewestFirst();

    /**
     * The event, its row locked: two people (or instances) changing it at the same time wait for each other, and the
     * second finds a version that is not the one it loaded.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT e FROM ReorgEvent e WHERE e.id = :id")
    Optional<ReorgEvent> findForChange(long id);

    @Query("SELECT e.id FROM ReorgEvent e WHERE e.status = vn.safeschool.reorganisation.ReorgStatus.SCHEDULED"
            + " AND e.effectiveAt <= :now ORDER BY e.effectiveAt, e.id")
    List<Long> findDue(Instant now);
}
