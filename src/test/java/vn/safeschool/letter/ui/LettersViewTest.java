package vn.safeschool.letter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.letter.LetterService;

/** The letters page: campaign 307's letter live with its numbers, refusals at the field, the template saved. */
@SafeSchoolTest
class LettersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    CampaignService campaigns;
    @Autowired
    LetterService letters;
    @Autowired
    TransactionTemplate transaction;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void the_staff_member_reads_the_letter_for_307_with_the_live_numbers_and_its_appendix() {
        LettersView view = open("vanphong");

        assertThat(view.preview.pageText()).contains("685/882 (77,7%)", "126/882 (14,3%)", "27/882 (3,1%)",
                "44/882 (5,0%)", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO GIA LAI", "Kính gửi:", "Nơi nhận:", "Nguyễn Văn Long");
        assertThat(test($(Grid.class).id("letter-appendix")).size()).isEqualTo(18);
        assertThat(view.saveTemplate.isVisible()).isTrue();
        assertThat(view.downloads.pdf.isEnabled()).isTrue();
    }

    @Test
    void at_the_deadline_the_letter_takes_the_numbers_of_that_moment() {
        LettersView view = open("lanhdao");

        Button atDeadline = $(Button.class).id("letter-at-deadline");
        // the same words as the oversight grid's shortcut to the same moment
        assertThat(atDeadline.getText()).isEqualTo("Tại hạn khai báo");
        test(atDeadline).click();

        assertThat(view.preview.pageText()).contains("đến 11h00 ngày 25/02/2021").doesNotContain("44/882");
        test($(Button.class).id("letter-now")).click();
        assertThat(view.preview.pageText()).contains("44/882 (5,0%)");
    }

    @Test
    void an_unknown_placeholder_is_refused_in_words_at_the_body_and_nothing_can_be_downloaded() {
        LettersView view = open("vanphong");

        view.form.body.setValue("{safe}/{total} và {tyLeAnToan}");

        assertThat($(Paragraph.class).id("letter-problem").getText())
                .startsWith("Mẫu công văn có chỗ điền không hợp lệ: {tyLeAnToan}.");
        assertThat(view.form.body.isInvalid()).isTrue();
        assertThat(view.downloads.pdf.isEnabled()).isFalse();
        view.form.body.setValue("{safe}/{total}");
        assertThat(view.preview.pageText()).contains("685/882");
        assertThat(view.form.body.isInvalid()).isFalse();
    }

    @Test
    void the_leader_composes_and_downloads_but_does_not_save_the_template() {
        LettersView view = open("lanhdao");

        assertThat(view.saveTemplate.isVisible()).isFalse();
        transaction.executeWithoutResult(status -> {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            test(view.downloads.pdf).download(pdf);
            assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            test(view.downloads.xlsx).download(xlsx);
            assertThat(xlsx.toByteArray()).startsWith('P', 'K');
            status.setRollbackOnly();
        });
    }

    @Test
    void the_staff_member_saves_the_edited_text_as_the_departments_template() {
        LettersView view = open("vanphong");
        transaction.executeWithoutResult(status -> {
            view.form.signerName.setValue("Trần Thị Mai");

            test(view.saveTemplate).click();

            assertThat(letters.template(campaign307().id()).fields().signerName()).isEqualTo("Trần Thị Mai");
            assertThat(view.preview.pageText()).contains("Trần Thị Mai");
            status.setRollbackOnly();
        });
    }

    @Test
    void a_district_admin_cannot_open_the_letters_page() {
        DemoSignIn.as("pgd.pleiku", demoPassword, userDetails, passwordEncoder, contexts);

        navigate("letters", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(LettersView.class);
    }

    private LettersView open(String username) {
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);
        LettersView view = navigate(LettersView.class);
        view.subject.campaign.setValue(campaign307());
        return view;
    }

    private CampaignInfo campaign307() {
        return campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
    }
}
