package vn.safeschool.followup;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpAttachmentRepository extends JpaRepository<FollowUpAttachment, Long> {
}
