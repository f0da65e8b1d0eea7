package vn.safeschool.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.NewOrgUnit;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.UnitKind;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.SystemTask;
import vn.safeschool.unitimport.ImportFixture;

/**
 * Unit names that a spreadsheet would run as formulas (OWASP's CSV injection) leave the statistics list as text:
 * in the CSV behind a single quote, in the workbook as string cells holding the name unchanged.
 */
@SafeSchoolTest
class ExportFormulaInjectionTest {

    static final List<String> NAMES = List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(A1)",
            "-2+3");

    @Autowired
    ExportService exports;
    @Autowired
    OrgService org;
    @Autowired
    AccountService accounts;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    SystemTask system;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;

    private long campaign;

    @AfterEach
    void signOut() {
        ImportFixture.signOut(contexts);
    }

    @Test
    void names_that_start_like_a_formula_go_into_the_csv_behind_a_single_quote() throws IOException {
        long office = officeWithSchoolsNamed(NAMES);
        ImportFixture.signIn(ImportFixture.STAFF, users, contexts);

        byte[] csv = exports.statisticsCsv(now(), office);

        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> all = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        // the table below the block that names campaign, moment, filter and structure
        List<CSVRecord> records = all.subList(all.indexOf(all.stream().filter(r -> r.get(0).equals("STT"))
                .findFirst().orElseThrow()), all.size());
        assertThat(records.stream().skip(1).map(r -> r.get(2)).toList()).containsExactlyInAnyOrder(
                "'=HYPERLINK(\"http://x\",\"y\")", "'+cmd|' /C calc'!A0", "'@SUM(A1)", "'-2+3");
        // the office's name is a cell too; the numbers stay numbers
        assertThat(records.get(1).get(3)).isEqualTo("'=Phòng \"thử\"");
        assertThat(records.get(1).get(5)).isEqualTo("1");
    }

    @Test
    void names_that_start_like_a_formula_are_string_cells_of_the_workbook_unchanged() throws IOException {
        long office = officeWithSchoolsNamed(NAMES);
        ImportFixture.signIn(ImportFixture.STAFF, users, contexts);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.statisticsXlsx(now(),
                office)))) {
            Sheet schools = workbook.getSheetAt(1);
            List<String> names = new java.util.ArrayList<>();
            int head = 0;
            while (!"STT".equals(String.valueOf(schools.getRow(head) == null ? null : schools.getRow(head).getCell(0)))) {
                head++;
            }
            for (int r = head + 1; r <= schools.getLastRowNum(); r++) {
                assertThat(schools.getRow(r).getCell(2).getCellType()).isEqualTo(CellType.STRING);
                assertThat(schools.getRow(r).getCell(3).getCellType()).isEqualTo(CellType.STRING);
                names.add(schools.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(names).containsExactlyInAnyOrderElementsOf(NAMES);
        }
    }

    /** A new office under the import tests' department, with one school per name; its id. */
    private long officeWithSchoolsNamed(List<String> names) {
        ImportFixture.ensureTestDepartment(system, org, accounts);
        String prefix = "FX" + UUID.randomUUID().toString().substring(0, 8);
        return system.call(() -> {
            OrgUnitInfo department = org.findByCode(ImportFixture.DEPARTMENT).orElseThrow();
            OrgUnitInfo office = org.create(new NewOrgUnit(department.id(), prefix, "=Phòng \"thử\"", null,
                    UnitKind.DISTRICT_OFFICE, null, null, null));
            campaign = campaigns.create(new NewCampaign(prefix, "Kiểm tra xuất tệp", LocalDate.of(2026, 3, 1),
                    LocalDateTime.of(2026, 3, 5, 11, 0), department.id(),
                    checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)).id();
            for (int i = 0; i < names.size(); i++) {
                org.create(new NewOrgUnit(office.id(), prefix + "-" + i, names.get(i), null, UnitKind.SCHOOL,
                        InstitutionType.PRIMARY, Ownership.PUBLIC, null));
            }
            return office.id();
        });
    }

    private RollupFilter now() {
        return RollupFilter.now(campaign);
    }
}
