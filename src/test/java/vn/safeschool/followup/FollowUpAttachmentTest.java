package vn.safeschool.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.i18n.Translations;

/** The file an answer carries: kept and downloadable when it is what it says, refused with a reason otherwise. */
@SafeSchoolTest
@Transactional
class FollowUpAttachmentTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    FollowUpService followUps;
    @Autowired
    FollowUpCases fixture;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;

    private FollowUpCaseInfo opened;

    @BeforeEach
    void aCaseForPleiku() {
        FollowUpFixture.as("vanphong", users, contexts);
        opened = fixture.openFor("3801");
        FollowUpFixture.as("pgd.pleiku", users, contexts);
    }

    @AfterEach
    void signOut() {
        FollowUpFixture.signOut(contexts);
    }

    @Test
    void a_pdf_goes_with_the_answer_and_downloads_for_whoever_sees_the_case() {
        followUps.respond(opened.id(), opened.version(), answerWith("C:\\Biên bản\\bien-ban-kiem-diem.pdf", PDF));

        FollowUpDetails details = followUps.find(opened.id()).orElseThrow();
        AttachmentInfo attachment = details.attachment();
        assertThat(attachment).isNotNull();
        assertThat(attachment.fileName()).isEqualTo("bien-ban-kiem-diem.pdf");
        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        assertThat(details.history().getLast().attachment()).isEqualTo(attachment);
        FollowUpFixture.as("lanhdao", users, contexts);
        assertThat(followUps.attachment(opened.id(), attachment.id()).content()).isEqualTo(PDF);
        FollowUpFixture.as("pgd.chuse", users, contexts);
        assertThatThrownBy(() -> followUps.attachment(opened.id(), attachment.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_a_translated_message_and_nothing_is_stored() {
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

        assertThatThrownBy(() -> followUps.respond(opened.id(), opened.version(), answerWith("bien-ban.pdf", large)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("followup.error.attachment-too-large");
                    assertThat(vietnamese(v)).isEqualTo("Tệp bien-ban.pdf quá lớn: tối đa 10 MB.");
                });
        assertThat(followUps.find(opened.id()).orElseThrow().info().status()).isEqualTo(FollowUpStatus.OPEN);
    }

    @Test
    void a_file_whose_content_is_not_its_type_is_refused_whatever_its_name() throws IOException {
        byte[] program = "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
        byte[] anyZip = zip("hello.txt");

        assertThat(refusal("bien-ban.pdf", program)).isEqualTo("followup.error.attachment-type");
        assertThat(refusal("bien-ban.docx", anyZip)).isEqualTo("followup.error.attachment-type");
        assertThat(refusal("bien-ban.xlsx", docx())).isEqualTo("followup.error.attachment-type");
        assertThat(refusal("setup.exe", program)).isEqualTo("followup.error.attachment-type");
        assertThat(refusal("bien-ban.pdf", new byte[0])).isEqualTo("followup.error.attachment-empty");
        RuleViolation typeRefusal = new RuleViolation("followup.error.attachment-type", "setup.exe");
        assertThat(vietnamese(typeRefusal)).startsWith("Không nhận tệp setup.exe: chỉ nhận PDF, Word (.docx)");
    }

    @Test
    void word_excel_and_image_files_are_accepted_by_their_content() throws IOException {
        AttachmentCheck check = new AttachmentCheck(new FollowUpProperties(
                DataSize.ofMegabytes(10), 48));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0};

        assertThat(check.contentTypeOf("bien-ban.docx", docx())).endsWith("wordprocessingml.document");
        assertThat(check.contentTypeOf("danh-sach.XLSX", xlsx())).endsWith("spreadsheetml.sheet");
        assertThat(check.contentTypeOf("anh.png", png)).isEqualTo("image/png");
        assertThat(check.contentTypeOf("anh.jpg", jpeg)).isEqualTo("image/jpeg");
        assertThat(check.contentTypeOf("anh.jpeg", jpeg)).isEqualTo("image/jpeg");
    }

    private String refusal(String name, byte[] content) {
        try {
            followUps.respond(opened.id(), opened.version(), answerWith(name, content));
        } catch (RuleViolation e) {
            return e.messageKey();
        }
        throw new AssertionError(name + " was accepted");
    }

    private static FollowUpResponse answerWith(String name, byte[] content) {
        return new FollowUpResponse("Đã kiểm điểm.", "Biên bản kèm theo.", new FollowUpResponse.Upload(name, content));
    }

    private static String vietnamese(RuleViolation refusal) {
        return new Translations().getTranslation(refusal.messageKey(), Translations.VIETNAMESE, refusal.arguments());
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Biên bản kiểm điểm");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("38010001");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("xin chào".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
