package vn.safeschool.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

            assertThat(totals.getCell(2).getStringCellValue()).isEqualTo("Tổng cộng");
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
            int head = table(offices);

            assertThat(offices.getRow(head).getCell(2).getStringCellValue()).isEqualTo("Tên đơn vị");
            assertThat(offices.getLastRowNum()).isEqualTo(head + 17 + 1 + 1);
            assertThat(offices.getRow(head + 18).getCell(2).getStringCellValue()).isEqualTo("Đơn vị trực thuộc Sở");
            assertThat(offices.getRow(head + 18).getCell(INSTITUTIONS).getNumericCellValue()).isEqualTo(63);
            long sum = 0;
            for (int r = head + 1; r <= head + 18; r++) {
                sum += number(offices.getRow(r), NOT_DECLARED);
            }
            assertThat(sum).isEqualTo(44);
        }
    }

    @Test
    void the_second_sheet_lists_every_institution_with_its_office() throws IOException {
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(now(), unit("38")))) {
            Sheet schools = workbook.getSheetAt(1);
            int head = table(schools);

            assertThat(schools.getLastRowNum()).isEqualTo(head + 882);
            assertThat(schools.getRow(head).getCell(3).getStringCellValue()).isEqualTo("Đơn vị quản lý");
            long safe = 0;
            for (int r = head + 1; r <= head + 882; r++) {
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
        lines = lines.subList(lines.indexOf("") + 1, lines.size());
        assertThat(lines.getFirst()).startsWith("STT,Mã,Tên đơn vị,Đơn vị quản lý,Loại hình,Số cơ sở,An toàn,%,"
                + "Có rủi ro,%,Không an toàn,%,Chưa khai báo,%,Khai báo muộn,Quá hạn cập nhật,Tỉ lệ hoàn thành %");
        assertThat(lines).hasSize(1 + 882);
    }

    @Test
    void an_active_filter_narrows_the_export_as_it_narrows_the_grid() throws IOException {
        RollupFilter notDeclared = now().onlyStatuses(Set.of(StatusFilter.NOT_DECLARED));
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(notDeclared, unit("38")))) {
            Sheet schools = workbook.getSheetAt(1);
            assertThat(schools.getLastRowNum()).isEqualTo(table(schools) + 44);
        }
        List<UnitRollup> grid = rollups.children(notDeclared, unit("38"), Comparator.comparing(r -> r.unit().code()));
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(notDeclared, unit("38")))) {
            Sheet offices = workbook.getSheetAt(0);
            assertThat(offices.getLastRowNum()).isEqualTo(table(offices) + OverviewRow.of(grid).size() + 1);
        }
    }

    @Test
    @WithUserDetails("pgd.chuse")
    void a_district_admins_export_covers_only_their_district() throws IOException {
        long chuse = unit("3807");
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(now(), chuse))) {
            Sheet schools = workbook.getSheetAt(1);
            Sheet offices = workbook.getSheetAt(0);
            int head = table(schools);

            assertThat(schools.getLastRowNum()).isEqualTo(head + 66);
            for (int r = head + 1; r <= head + 66; r++) {
                assertThat(schools.getRow(r).getCell(1).getStringCellValue()).startsWith("3807");
            }
            assertThat(number(offices.getRow(offices.getLastRowNum()), INSTITUTIONS)).isEqualTo(66);
        }
        List<String> lines = new String(exports.statisticsCsv(now(), chuse), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.size() - lines.indexOf("")).isEqualTo(1 + 1 + 66);
    }

    @Test
    void a_filtered_workbook_adds_up_the_district_rows_filtered_like_the_direct_units() throws IOException {
        RollupFilter notDeclared = now().onlyStatuses(Set.of(StatusFilter.NOT_DECLARED));
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(notDeclared, unit("38")))) {
            Sheet offices = workbook.getSheetAt(0);
            Row totals = offices.getRow(offices.getLastRowNum());
            long[] sums = new long[COMPLETION];
            for (int r = table(offices) + 1; r < offices.getLastRowNum(); r++) {
                for (int c = INSTITUTIONS; c < COMPLETION; c++) {
                    sums[c] += number(offices.getRow(r), c);
                }
            }

            for (int c : new int[] {INSTITUTIONS, SAFE, AT_RISK, UNSAFE, NOT_DECLARED, LATE, STALE}) {
                assertThat(number(totals, c)).as("column %d", c).isEqualTo(sums[c]);
            }
            // only the 44 institutions shown, each not declared, in the district rows as in the direct units
            assertThat(number(totals, INSTITUTIONS)).isEqualTo(44);
            assertThat(number(totals, NOT_DECLARED)).isEqualTo(44);
            assertThat(number(totals, SAFE)).isZero();
        }
    }

    @Test
    void the_files_say_which_campaign_moment_filter_and_structure_their_numbers_are() throws IOException {
        RollupFilter filter = now().onlyStatuses(Set.of(StatusFilter.UNSAFE))
                .asOf(java.time.Instant.parse("2021-02-25T04:00:00Z"));
        try (XSSFWorkbook workbook = read(exports.statisticsXlsx(filter, unit("38")))) {
            for (Sheet sheet : List.of(workbook.getSheetAt(0), workbook.getSheetAt(1))) {
                String block = block(sheet);
                assertThat(block).contains("Đợt khai báo: 307/SGDĐT-VP")
                        .contains("Số liệu tại thời điểm: 11:00 25/02/2021")
                        .contains("Bộ lọc: Tình trạng: Không an toàn")
                        .contains("Cơ cấu đơn vị: Theo cơ cấu tại thời điểm đó");
            }
        }
        String csv = new String(exports.statisticsCsv(now(), unit("38")), StandardCharsets.UTF_8).substring(1);
        java.util.Map<String, String> block = new java.util.HashMap<>();
        for (var record : CSVFormat.EXCEL.parse(new java.io.StringReader(csv))) {
            if (record.size() == 2) {
                block.put(record.get(0), record.get(1));
            }
        }
        assertThat(block.get("Đợt khai báo")).startsWith("307/SGDĐT-VP");
        assertThat(block.get("Số liệu tại thời điểm")).matches("\\d\\d:\\d\\d 26/02/2021 .*");
        assertThat(block.get("Bộ lọc")).isEqualTo("Không lọc");
        assertThat(block.get("Cơ cấu đơn vị")).isEqualTo("Theo cơ cấu hiện nay");
    }

    @Test
    void the_file_names_carry_the_campaign_number_and_the_date_of_the_numbers() {
        assertThat(exports.statisticsFileName(now(), "xlsx")).isEqualTo("thong-ke-307-2021-02-26.xlsx");
        assertThat(exports.statisticsFileName(now().asOf(java.time.Instant.parse("2021-02-24T18:30:00Z")), "csv"))
                .isEqualTo("thong-ke-307-2021-02-25.csv");
    }

    @Test
    void the_vietnamese_csv_writes_shares_with_the_decimal_comma_never_a_point() throws IOException {
        String text = new String(exports.statisticsCsv(now(), unit("38")), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL
                .parse(new java.io.StringReader(text.substring(text.indexOf("STT,")))).getRecords();

        assertThat(records.get(1).get(7)).matches("\\d{1,3},\\d");
        assertThat(records.stream().skip(1).flatMap(r -> r.toList().stream().skip(5)))
                .noneMatch(v -> v.matches("\\d+\\.\\d+"));
    }

    /** The index of the table's header row (below the block that names campaign, moment, filter, structure). */
    private static int table(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && "STT".equals(row.getCell(0).toString())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no table header in " + sheet.getSheetName());
    }

    /** The lines above the table, "label: value". */
    private static String block(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < table(sheet); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null) {
                text.append(row.getCell(0)).append(": ").append(row.getCell(1)).append('\n');
            }
        }
        return text.toString();
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
