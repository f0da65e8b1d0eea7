package vn.safeschool.unitimport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.safeschool.unitimport.ImportFixture.VIETNAMESE_HEADER;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.SystemTask;

/**
 * A generated file of 10,000 schools (under a new district office that the file itself adds) previews and commits
 * in one go; the times are printed, not asserted (docs/import.md has the figures of the build machine).
 */
@SafeSchoolTest
class TenThousandRowsImportTest {

    private static final int SCHOOLS = 10_000;
    private static final String[] TYPES = {"Mầm non", "Tiểu học", "THCS", "THPT", "TH&THCS", "GDNN-GDTX",
        "Nhóm/lớp độc lập"};

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
    void ten_thousand_rows_preview_and_commit_in_one_transaction_and_a_second_import_changes_nothing() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("T10K", "Phòng GDĐT thử nghiệm 10.000", "Phòng GDĐT", "", ImportFixture.DEPARTMENT, "", "",
                ""));
        for (int i = 1; i <= SCHOOLS; i++) {
            rows.add(List.of("T10K-%05d".formatted(i), "Trường thử nghiệm số %d".formatted(i), TYPES[i % TYPES.length],
                    i % 5 == 0 ? "Ngoài công lập" : "Công lập", "T10K", "", "", ""));
        }
        byte[] workbook = ImportFixture.xlsx(VIETNAMESE_HEADER, rows);
        byte[] csv = ImportFixture.utf8(ImportFixture.csv(VIETNAMESE_HEADER, rows));
        long unitsBefore = ImportFixture.units(jdbc);

        long start = System.nanoTime();
        ImportPreview preview = imports.preview("10000.xlsx", workbook);
        long previewXlsx = millisSince(start);

        start = System.nanoTime();
        ImportPreview csvPreview = imports.preview("10000.csv", csv);
        long previewCsv = millisSince(start);

        start = System.nanoTime();
        ImportResult result = imports.commit("10000.xlsx", workbook);
        long commit = millisSince(start);

        start = System.nanoTime();
        ImportPreview again = imports.preview("10000.xlsx", workbook);
        long previewAgain = millisSince(start);

        start = System.nanoTime();
        ImportResult nothing = imports.commit("10000.xlsx", workbook);
        long commitAgain = millisSince(start);

        System.out.printf("""
                [import benchmark] %,d rows (%,d bytes .xlsx, %,d bytes .csv)
                [import benchmark] preview .xlsx, all new:        %,6d ms
                [import benchmark] preview .csv, all new:         %,6d ms
                [import benchmark] commit (re-reads, re-checks):  %,6d ms
                [import benchmark] preview again, all unchanged:  %,6d ms
                [import benchmark] commit again, writes nothing:  %,6d ms
                """, rows.size(), workbook.length, csv.length, previewXlsx, previewCsv, commit, previewAgain,
                commitAgain);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(RowAction.NEW)).isEqualTo(SCHOOLS + 1);
        assertThat(csvPreview.rows()).isEqualTo(preview.rows());
        assertThat(result.created()).isEqualTo(SCHOOLS + 1);
        assertThat(ImportFixture.units(jdbc)).isEqualTo(unitsBefore + SCHOOLS + 1);
        String officePath = org.findByCode("T10K").orElseThrow().path();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE path LIKE ? AND depth = 2 AND kind = 'SCHOOL'")
                .param(officePath + "_%").query(Long.class).single()).isEqualTo(SCHOOLS);
        assertThat(again.count(RowAction.UNCHANGED)).isEqualTo(SCHOOLS + 1);
        assertThat(nothing.created() + nothing.updated()).isZero();
        assertThat(ImportFixture.units(jdbc)).isEqualTo(unitsBefore + SCHOOLS + 1);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
