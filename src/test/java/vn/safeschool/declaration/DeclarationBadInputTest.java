package vn.safeschool.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

/**
 * Notes and reasons as people type and paste them: too long, blank but for invisible characters, Vietnamese in
 * combining form. Refused with a translated reason before anything is written, or stored in one form. Each test runs
 * on a campaign of its own, in a transaction that is rolled back.
 */
@SafeSchoolTest
@Transactional
class DeclarationBadInputTest {

    @Autowired
    DeclarationService declarations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    OrgService org;
    @Autowired
    SystemTask system;
    @Autowired
    AppClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("ht.pleiku")
    void a_note_longer_than_its_column_is_refused_naming_the_criterion_and_nothing_is_stored() {
        CampaignInfo campaign = system.call(() -> campaign(false));
        Map<Integer, AnswerInput> answers = answers(campaign);
        answers.put(4, new AnswerInput(true, "đ".repeat(AnswerInput.MAX_NOTE + 1)));

        assertThatThrownBy(() -> declarations.submit(school(), campaign.id(), answers, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("declaration.error.note-too-long");
                    assertThat(v.arguments()).containsExactly(4, AnswerInput.MAX_NOTE);
                });
        assertThat(declarations.find(school(), campaign.id())).isEmpty();
        assertThat(declarations.history(school(), campaign.id())).isEmpty();

        answers.put(4, new AnswerInput(true, "đ".repeat(AnswerInput.MAX_NOTE)));
        declarations.submit(school(), campaign.id(), answers, null);
        assertThat(declarations.history(school(), campaign.id()).getFirst().answers().get(4).note())
                .hasSize(AnswerInput.MAX_NOTE);
    }

    @Test
    @WithUserDetails("ht.pleiku")
    void a_note_typed_in_combining_form_is_stored_precomposed_and_one_of_invisible_characters_is_no_note() {
        CampaignInfo campaign = system.call(() -> campaign(false));
        String typed = Normalizer.normalize("Thiếu nước rửa tay ở khu vệ sinh", Normalizer.Form.NFD);
        Map<Integer, AnswerInput> answers = answers(campaign);
        answers.put(5, new AnswerInput(false, typed));
        answers.put(6, new AnswerInput(false, "\u200B \u00A0\uFEFF"));

        DeclarationInfo stored = declarations.submit(school(), campaign.id(), answers, null);

        String note = jdbc.sql("""
                SELECT a.note FROM declaration_answer a JOIN criterion c ON c.id = a.criterion_id
                WHERE a.declaration_id = ? AND c.number = 5""").param(stored.id()).query(String.class).single();
        assertThat(note).isEqualTo("Thiếu nước rửa tay ở khu vệ sinh")
                .isEqualTo(Normalizer.normalize(typed, Normalizer.Form.NFC));
        assertThat(declarations.history(school(), campaign.id()).getFirst().answers().get(6).note()).isNull();
    }

    @Test
    @WithUserDetails("vanphong")
    void a_reason_of_nothing_visible_or_over_1000_characters_is_refused_on_behalf_and_for_a_reopening() {
        CampaignInfo campaign = campaign(true);
        String invisible = "\u200B\u200D \u00A0\n\uFEFF";
        String tooLong = "Lý do ".repeat(200);

        assertThatThrownBy(() -> declarations.submitOnBehalf(school(), campaign.id(), answers(campaign), null,
                invisible)).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("declaration.error.reason-required"));
        assertThatThrownBy(() -> declarations.reopen(school(), campaign.id(), clock.instant().plus(Duration.ofDays(1)),
                invisible)).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("declaration.error.reason-required"));
        assertThatThrownBy(() -> declarations.reopen(school(), campaign.id(), clock.instant().plus(Duration.ofDays(1)),
                tooLong)).isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("declaration.error.reason-too-long");
                    assertThat(v.arguments()).containsExactly(DeclarationService.MAX_REASON);
                });
        assertThat(declarations.details(school(), campaign.id()).reopening()).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration_reopening WHERE campaign_id = ?").param(campaign.id())
                .query(Long.class).single()).isZero();
    }

    private CampaignInfo campaign(boolean locked) {
        // a locked deadline already past, or one far ahead: either way not campaign 307's numbers
        LocalDateTime deadline = locked ? LocalDateTime.of(2021, 1, 10, 11, 0) : LocalDateTime.of(2099, 12, 31, 11, 0);
        return campaigns.create(new NewCampaign("TEST-BAD-" + System.nanoTime(), "Kiểm tra dữ liệu nhập sai",
                LocalDate.of(2020, 10, 1), deadline, org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, locked));
    }

    private long school() {
        return org.findByCode("38010001").orElseThrow().id();
    }

    private Map<Integer, AnswerInput> answers(CampaignInfo campaign) {
        return checklists.find(campaign.checklistVersionId()).orElseThrow().criteria().stream()
                .collect(Collectors.toMap(CriterionInfo::number, c -> AnswerInput.yes()));
    }
}
