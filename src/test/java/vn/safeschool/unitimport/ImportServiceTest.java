package vn.safeschool.unitimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.safeschool.unitimport.ImportFixture.OFFICE;
import static vn.safeschool.unitimport.ImportFixture.VIETNAMESE_HEADER;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Ownership;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.Role;
import vn.safeschool.security.SystemTask;

/** Imports run as the test department's staff, so that Gia Lai's numbers stay as the directive has them. */
@SafeSchoolTest
class ImportServiceTest {

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
    void a_good_workbook_previews_every_row_as_new_and_commits_them_all_with_a_principal_account() {
        byte[] file = ImportFixture.xlsx(VIETNAMESE_HEADER, List.of(
                List.of("T1-001", "Trường Mầm non Hoa Sen", "Mầm non", "Công lập", OFFICE, "", "", ""),
                List.of("T1-002", "Trường Tiểu học Lê Lợi", "Tiểu học", "Ngoài công lập", OFFICE,
                        "Trần Thị Bình", "binh.tran@example.edu.vn", "0269 3824 111"),
                List.of("T1-003", "Trường TH&THCS Kpă Klơng", "TH&THCS", "Công lập", OFFICE, "", "", "")));
        long unitsBefore = ImportFixture.units(jdbc);

        ImportPreview preview = imports.preview("truong.xlsx", file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::row).containsExactly(2, 3, 4);
        assertThat(preview.rows()).extracting(ImportRow::action).containsOnly(RowAction.NEW);
        assertThat(preview.rows()).extracting(ImportRow::institutionType).containsExactly(InstitutionType.PRESCHOOL,
                InstitutionType.PRIMARY, InstitutionType.MULTI_LEVEL);
        assertThat(preview.principalsToCreate()).isEqualTo(1);
        assertThat(ImportFixture.units(jdbc)).as("a preview writes nothing").isEqualTo(unitsBefore);

        ImportResult result = imports.commit("truong.xlsx", file);

        assertThat(result.created()).isEqualTo(3);
        assertThat(ImportFixture.units(jdbc)).isEqualTo(unitsBefore + 3);
        OrgUnitInfo office = org.findByCode(OFFICE).orElseThrow();
        OrgUnitInfo school = org.findByCode("T1-002").orElseThrow();
        assertThat(school.parentId()).isEqualTo(office.id());
        assertThat(school.path()).isEqualTo(office.path() + school.id() + "/");
        assertThat(school.depth()).isEqualTo(office.depth() + 1);
        assertThat(school.ownership()).isEqualTo(Ownership.NON_PUBLIC);
        assertThat(result.passwords()).singleElement().satisfies(p -> {
            assertThat(p.username()).isEqualTo("ht.t1-002");
            assertThat(p.password()).hasSize(12).doesNotContain("0", "O", "1", "l", "I");
        });
        AccountInfo principal = accounts.findByUsername("ht.t1-002").orElseThrow();
        assertThat(principal.role()).isEqualTo(Role.PRINCIPAL);
        assertThat(principal.homeUnitId()).isEqualTo(school.id());
        assertThat(imports.passwordsWorkbook(result, List.of("a", "b", "c", "d", "e"))).isNotEmpty();
    }

    @Test
    void a_good_csv_file_with_a_byte_order_mark_and_english_headers_is_read_like_the_workbook() {
        String text = "\uFEFF" + ImportFixture.csv(
                List.of("Code", "Name", "Type", "Ownership", "Parent code", "Principal name", "Email", "Phone"),
                List.of(List.of("T2-001", "\"Trường THCS Nguyễn Du, Pleiku\"", "LOWER_SECONDARY", "PUBLIC", OFFICE,
                                "", "", ""),
                        List.of("T2-002", "Trường THPT Tư thục Hùng Vương", "THPT", "Tư thục", OFFICE, "", "", ""),
                        List.of("", "", "", "", "", "", "", "")));

        ImportPreview preview = imports.preview("truong.csv", ImportFixture.utf8(text));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::name)
                .containsExactly("Trường THCS Nguyễn Du, Pleiku", "Trường THPT Tư thục Hùng Vương");
        assertThat(preview.rows()).extracting(ImportRow::ownership).containsExactly(Ownership.PUBLIC,
                Ownership.NON_PUBLIC);

        imports.commit("truong.csv", ImportFixture.utf8(text));

        assertThat(org.findByCode("T2-001").orElseThrow().institutionType())
                .isEqualTo(InstitutionType.LOWER_SECONDARY);
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        byte[] file = ImportFixture.xlsx(VIETNAMESE_HEADER, List.of(
                List.of("T3-001", "Trường Tiểu học Chu Văn An", "Tiểu học", "Công lập", OFFICE,
                        "Lê Văn Cường", "cuong.le@example.edu.vn", ""),
                List.of("T3-002", "Trường THCS Trần Phú", "THCS", "Công lập", OFFICE, "", "", "")));
        imports.commit("lan-1.xlsx", file);
        long units = ImportFixture.units(jdbc);
        long accountCount = ImportFixture.accounts(jdbc);
        long versions = ImportFixture.versions(jdbc);

        ImportPreview again = imports.preview("lan-2.xlsx", file);
        ImportResult result = imports.commit("lan-2.xlsx", file);

        assertThat(again.rows()).extracting(ImportRow::action).containsOnly(RowAction.UNCHANGED);
        assertThat(again.rows()).extracting(ImportRow::principal).containsExactly(PrincipalAction.EXISTS,
                PrincipalAction.NONE);
        assertThat(again.changesSomething()).isFalse();
        assertThat(result.created() + result.updated()).isZero();
        assertThat(result.unchanged()).isEqualTo(2);
        assertThat(result.passwords()).isEmpty();
        assertThat(ImportFixture.units(jdbc)).isEqualTo(units);
        assertThat(ImportFixture.accounts(jdbc)).isEqualTo(accountCount);
        assertThat(ImportFixture.versions(jdbc)).as("no unit was even touched").isEqualTo(versions);
    }

    @Test
    void a_changed_name_updates_the_unit_found_by_its_code() {
        imports.commit("cu.xlsx", ImportFixture.xlsx(VIETNAMESE_HEADER,
                List.of(List.of("T4-001", "Trường Mầm non Sơn Ca", "Mầm non", "Công lập", OFFICE, "", "", ""),
                        List.of("T4-002", "Trường Mầm non Họa Mi", "Mầm non", "Công lập", OFFICE, "", "", ""))));
        long id = org.findByCode("T4-001").orElseThrow().id();
        long units = ImportFixture.units(jdbc);
        byte[] renamed = ImportFixture.xlsx(VIETNAMESE_HEADER,
                List.of(List.of("T4-001", "Trường Mầm non Sơn Ca 2", "Mầm non", "Công lập", OFFICE, "", "", ""),
                        List.of("T4-002", "Trường Mầm non Họa Mi", "Mầm non", "Công lập", OFFICE, "", "", "")));

        ImportPreview preview = imports.preview("moi.xlsx", renamed);
        ImportResult result = imports.commit("moi.xlsx", renamed);

        assertThat(preview.rows()).extracting(ImportRow::action).containsExactly(RowAction.UPDATE,
                RowAction.UNCHANGED);
        assertThat(result.updated()).isEqualTo(1);
        OrgUnitInfo unit = org.findByCode("T4-001").orElseThrow();
        assertThat(unit.id()).isEqualTo(id);
        assertThat(unit.name()).isEqualTo("Trường Mầm non Sơn Ca 2");
        assertThat(ImportFixture.units(jdbc)).isEqualTo(units);
    }

    @Test
    void a_csv_file_that_is_not_utf8_is_refused_with_a_request_to_save_it_as_utf8() {
        byte[] windows1258 = ImportFixture.csv(VIETNAMESE_HEADER,
                List.of(List.of("T5-001", "Trường Tiểu học Kim Đồng", "Tiểu học", "Công lập", OFFICE, "", "", "")))
                .getBytes(Charset.forName("windows-1258"));
        long units = ImportFixture.units(jdbc);

        ImportPreview preview = imports.preview("truong.csv", windows1258);

        assertThat(preview.fileProblems()).extracting(ImportProblem::key).containsExactly("import.error.not-utf8");
        assertThat(preview.canCommit()).isFalse();
        assertThatThrownBy(() -> imports.commit("truong.csv", windows1258)).isInstanceOf(RuleViolation.class);
        assertThat(ImportFixture.units(jdbc)).isEqualTo(units);
    }

    @Test
    void missing_columns_are_named_in_one_problem_of_the_file() {
        byte[] file = ImportFixture.xlsx(List.of("Mã trường", "Tên trường", "Loại hình sở hữu"),
                List.of(List.of("T6-001", "Trường Tiểu học A", "Công lập")));

        ImportPreview preview = imports.preview("thieu-cot.xlsx", file);

        assertThat(preview.fileProblems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("import.error.missing-columns");
            assertThat(p.args().getFirst()).contains("Loại hình / type", "Mã đơn vị quản lý / parent code")
                    .doesNotContain("Tên trường");
        });
        assertThat(preview.rows()).isEmpty();
    }

    @Test
    void other_file_types_empty_files_and_files_over_the_size_limit_are_refused() {
        assertThat(imports.preview("truong.xls", new byte[] {1, 2, 3}).fileProblems())
                .extracting(ImportProblem::key).containsExactly("import.error.file-type");
        assertThat(imports.preview("truong.xlsx", ImportFixture.utf8("not a workbook")).fileProblems())
                .extracting(ImportProblem::key).containsExactly("import.error.unreadable-xlsx");
        assertThat(imports.preview("truong.csv", new byte[0]).fileProblems())
                .extracting(ImportProblem::key).containsExactly("import.error.empty");
        assertThat(imports.preview("truong.csv", new byte[(int) ImportService.MAX_BYTES + 1]).fileProblems())
                .extracting(ImportProblem::key).containsExactly("import.error.too-large");
        assertThat(imports.preview("truong.csv", ImportFixture.utf8(String.join(",", VIETNAMESE_HEADER)))
                .fileProblems()).extracting(ImportProblem::key).containsExactly("import.error.no-rows");
    }

    @Test
    void bad_rows_are_reported_by_row_and_column_and_nothing_of_the_file_is_written() {
        imports.commit("co-san.xlsx", ImportFixture.xlsx(VIETNAMESE_HEADER,
                List.of(List.of("T7-EXIST", "Trường Tiểu học Đã Có", "Tiểu học", "Công lập", OFFICE, "", "", ""))));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("T7-GOOD", "Trường đúng", "THCS", "Công lập", OFFICE, "", "", ""));            // 2
        rows.add(List.of("T7-002", "Trường A", "Tiểu học", "Công lập", "9999", "", "", ""));             // 3
        rows.add(List.of("T7-003", "Trường B", "Tiểu học", "Công lập", OFFICE, "", "", ""));             // 4
        rows.add(List.of("T7-003", "Trường B lặp", "Tiểu học", "Công lập", OFFICE, "", "", ""));         // 5
        rows.add(List.of("T7-005", "Trường C", "Đại học", "Công lập", OFFICE, "", "", ""));              // 6
        rows.add(List.of("T7-006", "", "Tiểu học", "Công lập", OFFICE, "", "", ""));                     // 7
        rows.add(List.of("T7-007", "Trường D", "Tiểu học", "Công lập", OFFICE, "Ngô Văn E", "ngo@", "")); // 8
        rows.add(List.of("T7-008", "Trường E", "Tiểu học", "Công lập", OFFICE, "Ngô Văn F", "", ""));    // 9
        rows.add(List.of("T7-009", "Trường F", "Tiểu học", "Bán công lập", OFFICE, "", "", ""));         // 10
        rows.add(List.of("38010001", "Trường Gia Lai", "Tiểu học", "Công lập", OFFICE, "", "", ""));     // 11
        rows.add(List.of("T7-EXIST", "Trường Tiểu học Đã Có", "Tiểu học", "Công lập", ImportFixture.DEPARTMENT,
                "", "", ""));                                                                           // 12
        rows.add(List.of("T7-012", "Trường G", "Tiểu học", "Công lập", "3801", "", "", ""));             // 13
        rows.add(List.of("", "Trường H", "Tiểu học", "Công lập", OFFICE, "", "", ""));                   // 14
        rows.add(List.of("T7-014", "Trường I", "Tiểu học", "Công lập", "T7-EXIST", "", "", ""));         // 15
        byte[] file = ImportFixture.xlsx(VIETNAMESE_HEADER, rows);
        long units = ImportFixture.units(jdbc);

        ImportPreview preview = imports.preview("loi.xlsx", file);

        assertThat(preview.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.key())
                .containsExactlyInAnyOrder(
                        "3 PARENT_CODE import.problem.unknown-parent",
                        "5 CODE import.problem.duplicate-code",
                        "6 TYPE import.problem.bad-type",
                        "7 NAME import.problem.missing-name",
                        "8 EMAIL import.problem.bad-email",
                        "9 EMAIL import.problem.principal-incomplete",
                        "10 OWNERSHIP import.problem.bad-ownership",
                        "11 CODE import.problem.code-elsewhere",
                        "12 PARENT_CODE import.problem.moved",
                        "13 PARENT_CODE import.problem.unknown-parent",
                        "14 CODE import.problem.missing-code",
                        "15 PARENT_CODE import.problem.parent-is-school");
        assertThat(preview.problems()).filteredOn(p -> p.row() == 5).singleElement()
                .extracting(ImportProblem::args).isEqualTo(List.of("T7-003", "4"));
        assertThat(preview.canCommit()).isFalse();
        assertThatThrownBy(() -> imports.commit("loi.xlsx", file)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.has-problems"));
        assertThat(ImportFixture.units(jdbc)).isEqualTo(units);
        assertThat(org.findByCode("T7-GOOD")).as("not even the good row").isEmpty();
    }

    @Test
    void a_new_district_office_in_the_file_may_hold_the_new_schools_below_it() {
        byte[] file = ImportFixture.xlsx(VIETNAMESE_HEADER, List.of(
                List.of("T8-101", "Trường Tiểu học Ia Grai", "Tiểu học", "Công lập", "T8-OFFICE", "", "", ""),
                List.of("T8-OFFICE", "Phòng GDĐT thử nghiệm 8", "Phòng GDĐT", "", ImportFixture.DEPARTMENT, "", "",
                        "")));

        ImportPreview preview = imports.preview("phong.xlsx", file);
        imports.commit("phong.xlsx", file);

        assertThat(preview.problems()).isEmpty();
        OrgUnitInfo office = org.findByCode("T8-OFFICE").orElseThrow();
        OrgUnitInfo school = org.findByCode("T8-101").orElseThrow();
        assertThat(office.isSchool()).isFalse();
        assertThat(school.path()).isEqualTo(office.path() + school.id() + "/");
        assertThat(school.depth()).isEqualTo(2);
    }

    @Test
    void an_existing_school_of_the_demo_province_previews_as_unchanged_for_the_department_staff() {
        ImportFixture.signIn("vanphong", users, contexts);
        OrgUnitInfo school = org.findByCode("38010001").orElseThrow();
        String type = school.institutionType().name();
        String ownership = school.ownership().name();

        ImportPreview preview = imports.preview("gia-lai.csv", ImportFixture.utf8(ImportFixture.csv(
                VIETNAMESE_HEADER, List.of(List.of("38010001", school.name(), type, ownership, "3801", "", "", "")))));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::action).containsExactly(RowAction.UNCHANGED);
    }

    @Test
    void the_template_has_every_column_the_import_reads_and_no_row() {
        ImportPreview preview = imports.preview("mau.xlsx", imports.template());

        assertThat(preview.fileProblems()).extracting(ImportProblem::key).containsExactly("import.error.no-rows");
    }

    @Test
    void only_department_staff_may_import() {
        ImportFixture.signIn("pgd.pleiku", users, contexts);

        assertThatThrownBy(() -> imports.preview("a.csv", new byte[0])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.commit("a.csv", new byte[0])).isInstanceOf(AccessDeniedException.class);
    }
}
