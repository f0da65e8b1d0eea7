package vn.safeschool.followup;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpHistoryRepository extends JpaRepository<FollowUpHistory, Long> {
}
