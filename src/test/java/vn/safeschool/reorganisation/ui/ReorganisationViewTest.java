package vn.safeschool.reorganisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.org.OrgService;
import vn.safeschool.reorganisation.DemoMappingFile;
import vn.safeschool.reorganisation.ReorgPreview;
import vn.safeschool.reorganisation.ReorgStatus;
import vn.safeschool.reorganisation.ReorganisationService;
import vn.safeschool.security.AccountService;
import vn.safeschool.unitimport.ImportFixture;

/** Staff upload the demo's mapping file, read its preview, choose for an account, apply; rolled back. */
@SafeSchoolTest
@Transactional
class ReorganisationViewTest extends SpringBrowserlessTest {

    @Autowired
    ReorganisationService reorganisations;
    @Autowired
    AccountService accounts;
    @Autowired
    OrgService org;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;

    @BeforeEach
    void signInAsStaff() {
        ImportFixture.signIn("vanphong", users, contexts);
    }

    @AfterEach
    void signOut() {
        ImportFixture.signOut(contexts);
    }

    @Test
    void staff_upload_the_demo_file_see_zero_orphans_and_apply_it_after_confirming() {
        navigate(ReorganisationsView.class);
        $(TextField.class).id("reorg-title").setValue("Nghị quyết sắp xếp 2025 (minh hoạ)");

        test($(Upload.class).id("reorg-upload")).upload(DemoMappingFile.NAME, "text/csv", DemoMappingFile.bytes());

        assertThat(text("reorg-orphans")).isEqualTo("0 tài khoản không có nơi tiếp nhận · 0 vấn đề");
        assertThat(text("reorg-summary")).startsWith("Thành lập 82, chuyển 819,");
        assertThat($(Div.class).id("reorg-touched").getElement().getTextRecursively())
                .contains("307/SGDĐT-VP").contains("17 đơn vị giải thể");
        @SuppressWarnings("unchecked")
        Grid<ReorgPreview.AccountChoice> accountsGrid = $(Grid.class).id("reorg-accounts");
        var grid = test(accountsGrid);
        int row = java.util.stream.IntStream.range(0, grid.size()).filter(i -> grid.getCellText(i, 0)
                .equals("pgd.chuse")).findFirst().orElseThrow();
        Select<?> chuse = (Select<?>) grid.getCellComponent(row, 4);
        assertThat(chuse.isInvalid()).isFalse();
        assertThat(chuse.getValue()).isEqualTo(java.util.Optional.of(new ReorgPreview.Target("38X0701",
                "UBND xã Chư Sê", vn.safeschool.org.UnitKind.COMMUNE)));
        Button apply = $(Button.class).id("reorg-apply");
        assertThat(apply.isEnabled()).isTrue();

        test(apply).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("reorg-confirm");
        test(confirm).confirm();

        assertThat(text("reorg-state")).startsWith("Đã áp dụng");
        long chuseHome = accounts.findByUsername("pgd.chuse").orElseThrow().homeUnitId();
        assertThat(org.find(chuseHome).orElseThrow().code()).isEqualTo("38X0701");
        assertThat($(Button.class).id("reorg-undo").isVisible()).isTrue();
        // the page now says what it did, not what the same steps would do to the new tree (each code now taken)
        assertThat(text("reorg-summary")).startsWith("Thành lập 82, chuyển 819,");
        assertThat($(Paragraph.class).withId("reorg-orphans").exists()).isFalse();
        assertThat($(Grid.class).withId("reorg-problems").exists()).isFalse();
        assertThat($(Div.class).id("reorg-touched").getElement().getTextRecursively())
                .contains("17 đơn vị đã giải thể").doesNotContain("307/SGDĐT-VP");
        var applied = test(accountsGrid);
        int chuseRow = java.util.stream.IntStream.range(0, applied.size()).filter(i -> applied.getCellText(i, 0)
                .equals("pgd.chuse")).findFirst().orElseThrow();
        assertThat(applied.getCellText(chuseRow, 3)).isEqualTo("3807 — Phòng Giáo dục và Đào tạo huyện Chư Sê");
        assertThat(applied.getCellText(chuseRow, 4)).isEqualTo("Chuyển về 38X0701 — UBND xã Chư Sê");
    }

    @Test
    void a_file_with_an_unknown_action_and_a_formula_like_code_names_each_row_and_drafts_nothing() {
        navigate(ReorganisationsView.class);
        $(TextField.class).id("reorg-title").setValue("Tệp sai");
        int before = reorganisations.list().size();
        byte[] csv = ("Thao tác,Mã cũ,Mã mới\nNhảy,3801,\nGiải thể,=HYPERLINK(\"x\"),\n")
                .getBytes(StandardCharsets.UTF_8);

        test($(Upload.class).id("reorg-upload")).upload("sai.csv", "text/csv", csv);

        String problems = $(Div.class).id("reorg-file-problems").getElement().getTextRecursively();
        assertThat(problems).contains("Dòng 2: không hiểu thao tác “Nhảy”")
                .contains("Dòng 3: mã “=HYPERLINK(\"x\")” không hợp lệ");
        assertThat(reorganisations.list()).hasSize(before);
        assertThat(reorganisations.list()).noneMatch(e -> e.status() == ReorgStatus.DRAFT
                && e.title().equals("Tệp sai"));
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }
}
