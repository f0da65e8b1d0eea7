package vn.safeschool.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.checklist.ChecklistService;

@SafeSchoolTest
class ChecklistsViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    ChecklistService checklists;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void the_version_campaign_307_uses_opens_read_only_and_its_preview_gives_the_rules_status_and_reason() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        ChecklistsView view = navigate(ChecklistsView.class);

        ChecklistEditor editor = view.edit(checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow());

        assertThat($(Paragraph.class).id("checklist-in-use").getText()).contains("sao chép");
        assertThat(editor.save.isEnabled()).isFalse();
        assertThat(editor.preview.getText()).startsWith("Không an toàn");
        editor.rows.forEach(row -> row.met.setValue(row.number != 4));
        assertThat(editor.preview.getText())
                .isEqualTo("Có rủi ro — Đạt 14/15 tiêu chí; tiêu chí bắt buộc số 4 chưa đạt");
        editor.rows.stream().filter(row -> row.number == 4).forEach(row -> row.met.setValue(true));
        assertThat(editor.preview.getText()).startsWith("An toàn");
        editor.unsafeMaxMet.setValue(11);
        assertThat(editor.preview.getText()).contains("phải nhỏ hơn");
    }

    @Test
    void a_copy_made_in_the_page_is_the_next_version_and_opens_for_editing() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        ChecklistsView view = navigate(ChecklistsView.class);
        String code = "TEST-VIEW-" + java.util.UUID.randomUUID().toString().substring(0, 6);

        CopyDialog dialog = view.copy(checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow());
        dialog.code.setValue(code);
        test($(com.vaadin.flow.component.button.Button.class).id("save-copy")).click();

        var copy = checklists.find(code, 1).orElseThrow();
        assertThat(copy.criteria()).hasSize(15);
        ChecklistEditor editor = view.edit(copy);
        assertThat(editor.save.isEnabled()).isTrue();
        assertThat($(Paragraph.class).withId("checklist-in-use").all()).isEmpty();
    }

    @Test
    void a_district_admin_cannot_open_the_checklists_page() {
        DemoSignIn.as("pgd.pleiku", demoPassword, userDetails, passwordEncoder, contexts);

        navigate("checklists", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(ChecklistsView.class);
    }

    @Test
    void a_principal_cannot_open_the_checklists_page() {
        DemoSignIn.as("ht.pleiku", demoPassword, userDetails, passwordEncoder, contexts);

        navigate("checklists", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(ChecklistsView.class);
    }
}
