package vn.safeschool.reminder;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderTemplateRepository extends JpaRepository<ReminderTemplate, Long> {

    Optional<ReminderTemplate> findByCode(String code);

    List<ReminderTemplate> findAllByOrderByKindDescIdAsc();
}
