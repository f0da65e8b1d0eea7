package vn.safeschool.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.RuleViolation;

@SafeSchoolTest
@Transactional
@WithUserDetails("vanphong")
class ChecklistEditingTest {

    @Autowired
    ChecklistService checklists;

    @Test
    void a_copy_becomes_the_next_version_of_the_same_code_with_the_criteria_and_thresholds() {
        ChecklistVersionInfo ministry = ministry();

        ChecklistVersionInfo copy = checklists.copy(ministry.id(), null);

        assertThat(copy.code()).isEqualTo(ChecklistService.MINISTRY_CHECKLIST);
        assertThat(copy.versionNo()).isEqualTo(2);
        assertThat(copy.rule()).isEqualTo(ministry.rule());
        assertThat(copy.criteria()).extracting(CriterionInfo::textVi)
                .containsExactlyElementsOf(ministry.criteria().stream().map(CriterionInfo::textVi).toList());
        assertThat(checklists.inUse(copy.id())).isFalse();
        assertThat(checklists.list()).extracting(ChecklistVersionInfo::id).contains(ministry.id(), copy.id());
    }

    @Test
    void a_copy_under_a_new_code_is_its_first_version() {
        ChecklistVersionInfo copy = checklists.copy(ministry().id(), "GL-2021");

        assertThat(copy.code()).isEqualTo("GL-2021");
        assertThat(copy.versionNo()).isEqualTo(1);
    }

    @Test
    void the_copy_is_edited_criteria_added_changed_and_removed_while_the_original_stays_as_it_was() {
        ChecklistVersionInfo ministry = ministry();
        ChecklistVersionInfo copy = checklists.copy(ministry.id(), null);
        ChecklistEdit current = ChecklistEdit.of(copy);
        List<ChecklistEdit.Item> items = new ArrayList<>(current.criteria().stream()
                .filter(i -> i.number() != 15).toList());
        items.replaceAll(i -> i.number() == 1 ? new ChecklistEdit.Item(1, i.phase(), i.position(), "Đo thân nhiệt",
                "Temperature checked", true) : i);
        items.add(new ChecklistEdit.Item(16, Phase.AFTER, 9, "Khử khuẩn lớp học", "Classrooms disinfected", false));

        ChecklistVersionInfo edited = checklists.update(copy.id(), new ChecklistEdit("Bộ tiêu chí Gia Lai",
                "Gia Lai checklist", 12, 6, items, current.version()));

        assertThat(edited.titleVi()).isEqualTo("Bộ tiêu chí Gia Lai");
        assertThat(edited.rule().safeMinMet()).isEqualTo(12);
        assertThat(edited.rule().unsafeMaxMet()).isEqualTo(6);
        assertThat(edited.rule().criteria()).contains(16).doesNotContain(15).hasSize(15);
        assertThat(edited.rule().mandatory()).contains(1, 4, 5, 10, 11);
        assertThat(edited.criteria()).filteredOn(c -> c.number() == 1).extracting(CriterionInfo::textEn)
                .containsExactly("Temperature checked");
        assertThat(ministry()).isEqualTo(ministry);
    }

    @Test
    void the_version_campaign_307_uses_is_not_edited_copy_it_instead() {
        ChecklistVersionInfo ministry = ministry();

        assertThat(checklists.inUse(ministry.id())).isTrue();
        assertThatThrownBy(() -> checklists.update(ministry.id(), ChecklistEdit.of(ministry)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("checklist.error.in-use"));
    }

    @Test
    void the_unsafe_threshold_must_stay_below_the_safe_one_and_a_mandatory_criterion_must_exist() {
        ChecklistVersionInfo copy = checklists.copy(ministry().id(), null);
        ChecklistEdit current = ChecklistEdit.of(copy);

        assertRefused(copy, new ChecklistEdit(current.titleVi(), current.titleEn(), 8, 8, current.criteria(),
                current.version()), "checklist.error.thresholds");
        assertRefused(copy, new ChecklistEdit(current.titleVi(), current.titleEn(), 16, 7, current.criteria(),
                current.version()), "checklist.error.safe-min-too-high");
        assertRefused(copy, new ChecklistEdit(current.titleVi(), current.titleEn(), 11, 7,
                current.criteria().stream().map(i -> new ChecklistEdit.Item(i.number(), i.phase(), i.position(),
                        i.textVi(), i.textEn(), false)).toList(), current.version()), "checklist.error.no-mandatory");
        assertRefused(copy, new ChecklistEdit(current.titleVi(), current.titleEn(), 11, 7, current.criteria(),
                current.version() + 1), "error.changed-meanwhile");
    }

    @Test
    void the_rule_of_a_version_previews_the_status_and_its_reason() {
        StatusRule rule = ministry().rule();
        Set<Integer> allButFour = Set.of(1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

        Assessment atRisk = rule.assess(allButFour);

        assertThat(atRisk.status()).isEqualTo(SafetyStatus.AT_RISK);
        assertThat(atRisk.reasonKey()).isEqualTo("rule.reason.mandatory-missed-one");
        assertThat(atRisk.reasonArguments()).containsExactly(14, 15, "4");
        assertThat(rule.assess(Set.of(1, 2, 3)).status()).isEqualTo(SafetyStatus.UNSAFE);
    }

    private void assertRefused(ChecklistVersionInfo version, ChecklistEdit edit, String key) {
        assertThatThrownBy(() -> checklists.update(version.id(), edit)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo(key));
    }

    private ChecklistVersionInfo ministry() {
        return checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow();
    }
}
