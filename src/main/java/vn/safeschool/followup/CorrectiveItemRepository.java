package vn.safeschool.followup;

import org.springframework.data.jpa.repository.JpaRepository;

/** Items are opened and closed by {@link CorrectiveItemsListener} in SQL; here they are found to be marked fixed. */
interface CorrectiveItemRepository extends JpaRepository<CorrectiveItem, Long> {
}
