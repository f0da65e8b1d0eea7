package vn.safeschool.unitimport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.safeschool.unitimport.ImportFixture.OFFICE;
import static vn.safeschool.unitimport.ImportFixture.VIETNAMESE_HEADER;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.SystemTask;
import vn.safeschool.unitimport.ImportFixture;
import vn.safeschool.unitimport.ImportPreview;
import vn.safeschool.unitimport.ImportProblem;
import vn.safeschool.unitimport.ImportResult;
import vn.safeschool.unitimport.ImportService;

/**
 * Files and cells as they come: the wrong type, too big, cells too long or blank but for invisible characters, a
 * very long file name. Each gets a translated reason; nothing of a refused file is stored.
 */
@SafeSchoolTest
class ImportBadInputTest extends SpringBrowserlessTest {

    @Autowired
    ImportService imports;
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
    @Autowired
    JdbcClient jdbc;

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
    void a_file_of_another_type_uploaded_shows_why_in_vietnamese_offers_no_confirm_and_commits_nothing() {
        navigate(ImportView.class);
        byte[] pdf = ImportFixture.utf8("%PDF-1.4 Danh sách trường");
        long units = ImportFixture.units(jdbc);

        test($(Upload.class).id("upload")).upload("danh-sach.pdf", "application/pdf", pdf);

        assertThat($(Div.class).id("file-problems").getElement().getTextRecursively())
                .startsWith("Chỉ nhận tệp .xlsx hoặc .csv");
        assertThat($(Button.class).id("confirm").isEnabled()).isFalse();
        assertThatThrownBy(() -> imports.commit("danh-sach.pdf", pdf)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.has-problems"));
        assertThat(ImportFixture.units(jdbc)).isEqualTo(units);
    }

    @Test
    void a_text_file_named_xlsx_and_a_file_over_the_size_limit_are_refused_with_the_reason() {
        navigate(ImportView.class);
        byte[] oversized = new byte[(int) ImportService.MAX_BYTES + 1];

        test($(Upload.class).id("upload")).upload("gia.xlsx", ImportFixture.XLSX, ImportFixture.utf8("Mã trường,Tên"));
        String unreadable = $(Div.class).id("file-problems").getElement().getTextRecursively();
        test($(Upload.class).id("upload")).upload("lon.csv", "text/csv", oversized);

        assertThat(unreadable).startsWith("Không đọc được tệp .xlsx");
        // the browser refuses it before sending (the limit is set on the component); a request that gets past it
        // is refused by the service, which reads the size first
        assertThat($(Upload.class).id("upload").getMaxFileSize()).isEqualTo((int) ImportService.MAX_BYTES);
        assertThat($(Div.class).id("file-problems").getElement().getTextRecursively()).isEqualTo("Tệp lớn hơn 10 MB.");
        assertThat($(Button.class).id("confirm").isEnabled()).isFalse();
        assertThat(imports.preview("lon.csv", oversized).fileProblems()).extracting(ImportProblem::key)
                .containsExactly("import.error.too-large");
    }

    @Test
    void an_upload_over_the_size_limit_is_refused_while_it_arrives_not_after_it_was_received_whole()
            throws IOException {
        navigate(ImportView.class);
        UploadHandler handler = handlerOf($(Upload.class).id("upload"));
        Body undeclared = new Body(30L * 1024 * 1024);
        Body declared = new Body(200L * 1024 * 1024);

        UploadEvent chunked = upload("lon.xlsx", -1, undeclared);
        handler.handleUploadRequest(chunked);
        MockVaadin.runUIQueue();
        UploadEvent withLength = upload("rat-lon.xlsx", declared.size, declared);
        handler.handleUploadRequest(withLength);
        MockVaadin.runUIQueue();

        assertThat(undeclared.read).as("stops one byte past the limit").isEqualTo(ImportService.MAX_BYTES + 1);
        assertThat(declared.read).as("a declared size over the limit is not read at all").isZero();
        assertThat(chunked.isRejected()).isTrue();
        assertThat(withLength.isRejected()).isTrue();
        assertThat($(Div.class).id("file-problems").getElement().getTextRecursively()).isEqualTo("Tệp lớn hơn 10 MB.");
        assertThat($(Button.class).id("confirm").isEnabled()).isFalse();
    }

    private static UploadHandler handlerOf(Upload upload) {
        URI target = URI.create(upload.getElement().getAttribute("target"));
        return (UploadHandler) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, target).orElseThrow()
                .getElementRequestHandler();
    }

    private UploadEvent upload(String name, long declaredSize, InputStream body) {
        return new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), VaadinSession.getCurrent(),
                name, declaredSize, ImportFixture.XLSX, $(Upload.class).id("upload").getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return body;
            }
        };
    }

    /** A request body of the given size, made up as it is read (nothing held), counting what was read. */
    private static final class Body extends InputStream {

        final long size;
        long read;

        Body(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            return n;
        }
    }

    @Test
    void over_long_and_invisible_cells_are_problems_of_their_row_and_nothing_of_the_file_is_written() {
        long units = ImportFixture.units(jdbc);
        byte[] file = ImportFixture.xlsx(VIETNAMESE_HEADER, List.of(
                List.of("TBI-01", "Trường đúng", "Tiểu học", "Công lập", OFFICE, "", "", ""),
                List.of("TBI-02", "\u200B\u00A0 \uFEFF", "Tiểu học", "Công lập", OFFICE, "", "", ""),
                List.of("TBI-03", "Trường có hiệu trưởng", "Tiểu học", "Công lập", OFFICE, "Nguyễn ".repeat(40),
                        "ht@tbi.example.vn", ""),
                List.of("TBI-04", "Trường ".repeat(40), "Tiểu học", "Công lập", OFFICE, "", "", "")));

        ImportPreview preview = imports.preview("loi-o.xlsx", file);

        assertThat(preview.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.key())
                .containsExactlyInAnyOrder("3 NAME import.problem.missing-name",
                        "4 PRINCIPAL_NAME import.problem.too-long", "5 NAME import.problem.too-long");
        assertThatThrownBy(() -> imports.commit("loi-o.xlsx", file)).isInstanceOf(RuleViolation.class);
        assertThat(ImportFixture.units(jdbc)).isEqualTo(units);
    }

    @Test
    void a_file_with_a_name_as_long_as_a_file_system_allows_imports_and_the_log_keeps_the_name_shortened() {
        String name = "Danh sách trường cập nhật ".repeat(10).substring(0, 250) + ".xlsx";
        byte[] file = ImportFixture.xlsx(VIETNAMESE_HEADER,
                List.of(List.of("TBI-LONGNAME", "Trường tên tệp dài", "Tiểu học", "Công lập", OFFICE, "", "", "")));

        ImportResult result = imports.commit(name, file);

        assertThat(result.created()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT target FROM audit_event WHERE target LIKE 'import:Danh sách trường%'")
                .query(String.class).list()).singleElement()
                .satisfies(target -> assertThat(target).hasSize(255).startsWith("import:Danh sách"));
    }
}
