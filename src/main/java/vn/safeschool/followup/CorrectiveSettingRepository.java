package vn.safeschool.followup;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectiveSettingRepository extends JpaRepository<CorrectiveSetting, Long> {
}
