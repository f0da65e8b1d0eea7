package vn.safeschool.unitimport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.safeschool.unitimport.ImportFixture.OFFICE;
import static vn.safeschool.unitimport.ImportFixture.VIETNAMESE_HEADER;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.SystemTask;
import vn.safeschool.unitimport.ImportFixture;

/** The import as department staff see it: upload, preview, confirm — or the problems and no Confirm. */
@SafeSchoolTest
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    OrgService org;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemTask system;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;

    @BeforeEach
    void signInAsTestStaff() {
        ImportFixture.ensureTestDepartment(system, org, accounts);
        ImportFixture.signIn(ImportFixture.STAFF, users, contexts);
    }

    @AfterEach
    void signOut() {
        ImportFixture.signOut(contexts);
    }

    @Test
    void staff_upload_a_good_file_see_the_preview_confirm_and_get_the_one_time_passwords() {
        navigate(ImportView.class);
        byte[] file = ImportFixture.xlsx(VIETNAMESE_HEADER, List.of(
                List.of("TV-001", "Trường Tiểu học Nguyễn Trãi", "Tiểu học", "Công lập", OFFICE,
                        "Phạm Thị Hoa", "hoa.pham@example.edu.vn", "0912345678"),
                List.of("TV-002", "Trường THCS Lý Tự Trọng", "THCS", "Công lập", OFFICE, "", "", "")));

        test($(Upload.class).id("upload")).upload("truong.xlsx", ImportFixture.XLSX, file);

        Button confirm = $(Button.class).id("confirm");
        assertThat($(Paragraph.class).id("summary").getText())
                .isEqualTo("2 dòng: 2 mới, 0 cập nhật, 0 không đổi; 1 tài khoản hiệu trưởng sẽ được tạo; 0 dòng có lỗi.");
        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat(test(grid()).getCellText(0, 5)).isEqualTo("Thêm mới");
        assertThat(confirm.isEnabled()).isTrue();

        test(confirm).click();

        assertThat($(Paragraph.class).id("done").getText()).startsWith("Đã nhập truong.xlsx: 2 đơn vị mới");
        assertThat($(Anchor.class).id("passwords").getText()).isEqualTo("Tải mật khẩu dùng một lần (.xlsx)");
        assertThat(org.findByCode("TV-001")).isPresent();
        assertThat(confirm.isEnabled()).isFalse();
    }

    @Test
    void staff_upload_a_broken_file_and_see_its_problems_by_row_and_column_and_no_confirm() {
        navigate(ImportView.class);
        String csv = ImportFixture.csv(VIETNAMESE_HEADER, List.of(
                List.of("TV-101", "Trường Mầm non Vành Khuyên", "Mầm non", "Công lập", OFFICE, "", "", ""),
                List.of("TV-102", "Trường Tiểu học X", "Tiểu học", "Công lập", OFFICE, "Đỗ Văn Y", "do.van.y", "")));

        test($(Upload.class).id("upload")).upload("loi.csv", "text/csv", ImportFixture.utf8(csv));

        assertThat($(Button.class).id("confirm").isEnabled()).isFalse();
        assertThat(test(grid()).getCellText(0, 7))
                .isEqualTo("Dòng 3, cột Email: email “do.van.y” không hợp lệ.");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("file-problems").getElement().getTextRecursively())
                .contains("Tệp có lỗi nên chưa thể nhập");
        assertThat(org.findByCode("TV-101")).isEmpty();
    }

    @Test
    void the_upload_speaks_the_users_language() {
        navigate(ImportView.class);

        Upload upload = $(Upload.class).id("upload");

        assertThat(upload.getI18n()).isNotNull();
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Kéo thả tệp vào đây");
        assertThat(upload.getI18n().getError().getIncorrectFileType()).isEqualTo("Loại tệp này không được nhận.");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_the_reason_and_no_confirm() {
        navigate(ImportView.class);

        test($(Upload.class).id("upload")).upload("cp1252.csv", "text/csv",
                new byte[] {'M', 'a', ',', 'T', (byte) 0xEA, 'n', '\n'});

        assertThat($(com.vaadin.flow.component.html.Div.class).id("file-problems").getElement()
                .getTextRecursively()).contains("không phải mã UTF-8");
        assertThat($(Button.class).id("confirm").isEnabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid() {
        return $(Grid.class).id("rows");
    }
}
