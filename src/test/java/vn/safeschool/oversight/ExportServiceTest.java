package vn.safeschool.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.OrgService;

@SafeSchoolTest
@WithUserDetails("lanhdao")
class ExportServiceTest {

    /** Columns of the first sheet: STT, Mã, Tên, Loại hình, then the numbers. */
    private static final int INSTITUTIONS = 4;
    private static final int SAFE = 5;
    private static final int SAFE_SHARE = 6;
    private static final int AT_RISK = 7;
    private static final int UNSAFE = 9;
    private static final int NOT_DECLARED = 11;
    private static final int LATE = 13;
    private static final int STALE = 14;
    private static final int COMPLETION = 15;

    @Autowired
    ExportService exports;
    @Autowired
    RollupService rollups;
    @Autowired
    OrgService org;
    @Autowired
    CampaignService campaigns;

    @Test
    void the_totals_row_of_the_workbook_equals_the_grid_totals() throws IOException {
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(now(), unit("38")))) {
            Sheet offices = workbook.getSheetAt(0);
            Row totals = offices.getRow(offices.getLastRowNum());

            assertThat(List.of(number(totals, INSTITUTIONS), number(totals, SAFE), number(totals, AT_RISK),
                    number(totals, UNSAFE), number(totals, NOT_DECLARED))).containsExactly(882L, 685L, 126L, 27L, 44L);
            UnitRollup grid = rollups.of(now(), unit("38"));
            assertThat(number(totals, LATE)).isEqualTo(grid.late());
            assertThat(number(totals, STALE)).isEqualTo(grid.stale());
            assertThat(totals.getCell(SAFE_SHARE).getNumericCellValue()).isEqualTo(0.777);
            assertThat(totals.getCell(SAFE_SHARE).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(totals.getCell(COMPLETION).getNumericCellValue()).isEqualTo(0.95);
        }
    }

    @Test
    void the_first_sheet_has_a_row_per_district_office_and_one_for_the_direct_units() throws IOException {
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(now(), unit("38")))) {
            Sheet offices = workbook.getSheetAt(0);

            assertThat(offices.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Tên đơn vị");
            assertThat(offices.getLastRowNum()).isEqualTo(1 + 17 + 1);
            assertThat(offices.getRow(18).getCell(2).getStringCellValue()).isEqualTo("Đơn vị trực thuộc Sở");
            assertThat(offices.getRow(18).getCell(INSTITUTIONS).getNumericCellValue()).isEqualTo(63);
            long sum = 0;
            for (int r = 1; r <= 18; r++) {
                sum += number(offices.getRow(r), NOT_DECLARED);
            }
            assertThat(sum).isEqualTo(44);
        }
    }

    @Test
    void the_second_sheet_lists_every_institution_with_its_office() throws IOException {
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(now(), unit("38")))) {
            Sheet schools = workbook.getSheetAt(1);

            assertThat(schools.getLastRowNum()).isEqualTo(882);
            assertThat(schools.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Đơn vị quản lý");
            long safe = 0;
            for (int r = 1; r <= 882; r++) {
                safe += number(schools.getRow(r), SAFE + 1);
            }
            assertThat(safe).isEqualTo(685);
        }
    }

    @Test
    void the_csv_starts_with_the_byte_order_mark_and_has_the_vietnamese_headers() {
        byte[] csv = exports.statisticsCsv(now(), unit("38"));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("STT,Mã,Tên đơn vị,Đơn vị quản lý,Loại hình,Số cơ sở,An toàn,%,"
                + "Có rủi ro,%,Không an toàn,%,Chưa khai báo,%,Khai báo muộn,Quá hạn cập nhật,Tỉ lệ hoàn thành %");
        assertThat(lines).hasSize(1 + 882);
    }

    @Test
    void an_active_filter_narrows_the_export_as_it_narrows_the_grid() throws IOException {
        RollupFilter notDeclared = now().onlyStatuses(Set.of(StatusFilter.NOT_DECLARED));
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(notDeclared, unit("38")))) {
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(44);
        }
        List<UnitRollup> grid = rollups.children(notDeclared, unit("38"), Comparator.comparing(r -> r.unit().code()));
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(notDeclared, unit("38")))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum())
                    .isEqualTo(OverviewRow.of(grid).size() + 1);
        }
    }

    @Test
    @WithUserDetails("pgd.chuse")
    void a_district_admins_export_covers_only_their_district() throws IOException {
        long chuse = unit("3807");
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(now(), chuse))) {
            Sheet schools = workbook.getSheetAt(1);
            Sheet offices = workbook.getSheetAt(0);

            assertThat(schools.getLastRowNum()).isEqualTo(66);
            for (int r = 1; r <= 66; r++) {
                assertThat(schools.getRow(r).getCell(1).getStringCellValue()).startsWith("3807");
            }
            assertThat(number(offices.getRow(offices.getLastRowNum()), INSTITUTIONS)).isEqualTo(66);
        }
        assertThat(new String(exports.statisticsCsv(now(), chuse), StandardCharsets.UTF_8).lines().count())
                .isEqualTo(1 + 66);
    }

    private static long number(Row row, int column) {
        return (long) row.getCell(column).getNumericCellValue();
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private RollupFilter now() {
        return RollupFilter.now(campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow().id());
    }

    private long unit(String code) {
        return org.findByCode(code).orElseThrow().id();
    }
}
