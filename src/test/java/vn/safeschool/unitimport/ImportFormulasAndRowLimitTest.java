package vn.safeschool.unitimport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.safeschool.unitimport.ImportFixture.OFFICE;
import static vn.safeschool.unitimport.ImportFixture.VIETNAMESE_HEADER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * A workbook's formula is never taken for a value (its text came in without the {@code =}); and the reading stops
 * one row past the 20,000-row limit — what lies further in the file is never parsed.
 */
@SafeSchoolTest
class ImportFormulasAndRowLimitTest {

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
    void a_formula_in_a_column_the_import_reads_is_a_problem_of_its_row_with_its_equals_sign() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Trường");
            List<String> header = new ArrayList<>(VIETNAMESE_HEADER);
            header.add("Ghi chú");
            write(sheet.createRow(0), header);
            write(sheet.createRow(1), List.of("T23-001", "", "Tiểu học", "Công lập", OFFICE, "", "", "", ""));
            sheet.getRow(1).getCell(1).setCellFormula("HYPERLINK(\"http://x\",\"y\")");
            write(sheet.createRow(2), List.of("T23-002", "", "Tiểu học", "Công lập", OFFICE, "", "", "", ""));
            sheet.getRow(2).getCell(1).setCellFormula("\"Trường \"&\"Hai\"");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(sheet.getRow(2).getCell(1));
            write(sheet.createRow(3), List.of("T23-003", "Trường Ba", "Tiểu học", "Công lập", OFFICE, "", "", "", ""));
            sheet.getRow(3).getCell(8).setCellFormula("ROW()-1");
            workbook.write(out);
            file = out.toByteArray();
        }

        ImportPreview preview = imports.preview("cong-thuc.xlsx", file);

        assertThat(preview.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.key() + " " + p.args())
                .containsExactly("2 NAME import.problem.formula [=HYPERLINK(\"http://x\",\"y\")]",
                        "3 NAME import.problem.formula [=\"Trường \"&\"Hai\"]");
        assertThat(preview.rows()).extracting(ImportRow::name).containsExactly("=HYPERLINK(\"http://x\",\"y\")",
                "=\"Trường \"&\"Hai\"", "Trường Ba");
        assertThat(preview.canCommit()).as("a formula in a column nobody reads is no problem, the others are")
                .isFalse();
    }

    @Test
    void a_workbook_over_the_row_limit_is_refused_without_reading_past_the_limit() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ImportService.MAX_ROWS + 3; i++) {
            rows.add(List.of("T24-" + i, "Trường " + i, "Tiểu học", "Công lập", OFFICE));
        }
        byte[] file = breakTheEnd(ImportFixture.xlsx(VIETNAMESE_HEADER.subList(0, 5), rows));

        ImportPreview preview = imports.preview("dai.xlsx", file);

        assertThat(preview.fileProblems()).extracting(ImportProblem::key)
                .containsExactly("import.error.too-many-rows");
    }

    @Test
    void a_csv_file_over_the_row_limit_is_refused_without_reading_past_the_limit() {
        StringBuilder csv = new StringBuilder(String.join(",", VIETNAMESE_HEADER.subList(0, 5))).append("\r\n");
        for (int i = 0; i < ImportService.MAX_ROWS + 3; i++) {
            csv.append("T25-").append(i).append(",Trường ").append(i).append(",Tiểu học,Công lập,").append(OFFICE)
                    .append("\r\n");
        }
        csv.append("T25-X,\"a quote that never ends\r\n");

        ImportPreview preview = imports.preview("dai.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(preview.fileProblems()).extracting(ImportProblem::key)
                .containsExactly("import.error.too-many-rows");
    }

    @Test
    void the_stream_reader_gives_cells_as_displayed_formulas_flagged_and_stops_when_told() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Map");
            sheet.createRow(0).createCell(0).setCellValue("Mã");
            sheet.getRow(0).createCell(2).setCellValue("Tên");
            sheet.createRow(1).createCell(0).setCellValue(38010099);
            sheet.getRow(1).createCell(2).setCellFormula("1+1");
            sheet.createRow(4).createCell(1).setCellValue("b");
            sheet.createRow(5).createCell(0).setCellValue("never read");
            workbook.write(out);
            file = out.toByteArray();
        }
        List<XlsxSheetReader.Row> seen = new ArrayList<>();

        XlsxSheetReader.read(file, row -> {
            seen.add(row);
            return row.number() < 5;
        });

        assertThat(seen).extracting(XlsxSheetReader.Row::number).containsExactly(1, 2, 5);
        assertThat(seen.get(0).cells()).containsExactly("Mã", "", "Tên");
        assertThat(seen.get(1).cells()).containsExactly("38010099", "", "=1+1");
        assertThat(seen.get(1).formula(2)).isTrue();
        assertThat(seen.get(1).formula(0)).isFalse();
        assertThat(seen.get(2).cell(1)).isEqualTo("b");
        assertThat(seen.get(2).cell(7)).isEmpty();
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    /** The same workbook, its sheet cut off after the rows: a reader that gets there fails. */
    private static byte[] breakTheEnd(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = (xml.substring(0, xml.lastIndexOf("</sheetData>")) + "<row r=\"30000\"><c r=\"A30000")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
