package vn.safeschool.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;

/** Every change here is rolled back: the department keeps the shipped template for the other tests. */
@SafeSchoolTest
@Transactional
@WithUserDetails("vanphong")
class LetterServiceTest {

    @Autowired
    LetterService letters;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RollupService rollups;
    @Autowired
    Translations translations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_letter_for_307_fills_the_placeholders_with_the_demo_provinces_live_numbers() {
        Letter letter = letters.compose(request(null, template().fields()));

        String body = String.join("\n", letter.body());
        assertThat(body).contains("685/882 (77,7%)", "126/882 (14,3%)", "27/882 (3,1%)", "44/882 (5,0%)")
                .contains("văn bản số 307/SGDĐT-VP ngày 22/02/2021", "về việc triển khai cài đặt")
                .contains("trước 11h00 ngày 25/02/2021", "ngày 26/02/2021, số lượng cơ sở giáo dục")
                .doesNotContain("{", "}");
        assertThat(letter.total().institutions()).isEqualTo(882);
        assertThat(letter.issuingBody()).isEqualTo("SỞ GIÁO DỤC VÀ ĐÀO TẠO GIA LAI");
        assertThat(letter.governingBody()).isEqualTo("UBND TỈNH GIA LAI");
        assertThat(letter.placeAndDate()).isEqualTo("Gia Lai, ngày 26 tháng 02 năm 2021");
        assertThat(letter.numberLine()).isEqualTo("Số: 15/SGDĐT-VP");
        assertThat(letter.subjectLine()).startsWith("V/v kết quả").endsWith("theo văn bản số 307/SGDĐT-VP");
        assertThat(letter.signerTitle()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(letter.copiesTo()).startsWith("Như trên;").endsWith("Lưu: VT, VP.");
        assertThat(letter.appendix()).hasSize(18);
    }

    @Test
    void at_the_deadline_the_numbers_are_those_the_history_gives_for_that_moment() {
        CampaignInfo campaign = campaign();
        UnitRollup atDeadline = rollups.of(RollupFilter.now(campaign.id()).asOf(campaign.deadline()),
                campaign.scopeUnitId());
        LetterFields fields = template().fields().withBody("{notDeclared}/{total} ({notDeclared.share}); "
                + "{late} muộn; đến {asOf}; thấp nhất: {lowestUnits}");

        Letter letter = letters.compose(request(campaign.deadline(), fields));

        assertThat(atDeadline.notDeclared()).isGreaterThan(44);
        assertThat(letter.body().getFirst()).startsWith(atDeadline.notDeclared() + "/882 (")
                .contains("0 muộn", "đến 11h00 ngày 25/02/2021", "thấp nhất: Phòng Giáo dục và Đào tạo huyện");
        assertThat(letter.asOf()).isEqualTo(campaign.deadline());
    }

    @Test
    void a_template_with_an_unknown_placeholder_is_refused_with_the_placeholders_named() {
        LetterTemplateInfo template = template();
        LetterFields wrong = template.fields()
                .withBody("{safe} của {total}: {safeShare}; {hạnChót}; { không phải chỗ điền }");

        assertThatThrownBy(() -> letters.compose(request(null, wrong))).isInstanceOfSatisfying(RuleViolation.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("letter.error.unknown-placeholders");
                    assertThat(translations.getTranslation(e.messageKey(), Translations.VIETNAMESE, e.arguments()))
                            .startsWith("Mẫu công văn có chỗ điền không hợp lệ: {safeShare}, {hạnChót}.")
                            .contains("{safe.share}");
                    assertThat(translations.getTranslation(e.messageKey(), Translations.ENGLISH, e.arguments()))
                            .startsWith("The letter template has invalid placeholders: {safeShare}, {hạnChót}.");
                });
        assertThatThrownBy(() -> letters.saveTemplate(campaign().id(), template.with(wrong)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("letter.error.unknown-placeholders"));
    }

    @Test
    void a_template_saved_from_a_stale_read_is_refused_and_the_first_save_stays() {
        LetterTemplateInfo read = template();
        LetterFields mine = read.fields().withBody("Bản của tôi: {safe}/{total}.");
        LetterFields theirs = read.fields().withBody("Bản của đồng nghiệp: {unsafe}/{total}.");

        LetterTemplateInfo saved = letters.saveTemplate(campaign().id(), read.with(mine));

        assertThatThrownBy(() -> letters.saveTemplate(campaign().id(), read.with(theirs)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.changed-meanwhile"));
        assertThat(template().fields().body()).isEqualTo("Bản của tôi: {safe}/{total}.");
        assertThat(saved.departmentId()).isEqualTo(campaign().scopeUnitId());
        LetterTemplateInfo again = letters.saveTemplate(campaign().id(), saved.with(theirs));
        assertThat(again.version()).isGreaterThan(saved.version());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'LETTER_TEMPLATE_UPDATED'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_letter_missing_its_signer_or_asking_for_numbers_from_the_future_is_refused() {
        LetterFields fields = template().fields();
        LetterFields unsigned = new LetterFields(fields.governingBody(), fields.place(), fields.symbol(),
                fields.subject(), fields.recipients(), fields.body(), fields.signerTitle(), "  ", fields.copiesTo());

        assertThatThrownBy(() -> letters.compose(request(null, unsigned))).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.arguments()).containsExactly("signerName"));
        assertThatThrownBy(() -> letters.compose(request(java.time.Instant.now().plus(Duration.ofDays(400 * 10)),
                fields))).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("letter.error.moment-in-future"));
    }

    private LetterTemplateInfo template() {
        return letters.template(campaign().id());
    }

    private LetterRequest request(java.time.Instant asOf, LetterFields fields) {
        return new LetterRequest(campaign().id(), asOf, "15", LocalDate.of(2021, 2, 26), fields);
    }

    private CampaignInfo campaign() {
        return campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
    }
}
