package vn.safeschool.unitimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.safeschool.unitimport.ImportFixture.OFFICE;
import static vn.safeschool.unitimport.ImportFixture.VIETNAMESE_HEADER;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.SystemTask;

/**
 * What the commit would refuse — the database's case-insensitive unique code, the account's e-mail rule — the
 * preview already names, by row and column, in the user's language; the commit then refuses with "the file has
 * problems", never with an unexpected error, and writes nothing.
 */
@SafeSchoolTest
class ImportPreviewCatchesWhatCommitRefusesTest {

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
    @Autowired
    Translations translations;

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
    void codes_that_differ_only_in_case_within_the_file_are_a_duplicate_of_the_first() {
        byte[] file = ImportFixture.xlsx(VIETNAMESE_HEADER, List.of(
                List.of("SEC-CASE", "Trường Tiểu học Hoa", "Tiểu học", "Công lập", OFFICE, "", "", ""),
                List.of("sec-case", "Trường Tiểu học Hoa nhỏ", "Tiểu học", "Công lập", OFFICE, "", "", "")));

        ImportPreview preview = imports.preview("hoa.xlsx", file);

        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.row() + " " + p.column() + " " + p.key())
                    .isEqualTo("3 CODE import.problem.duplicate-code");
            assertThat(p.args()).containsExactly("sec-case", "2");
        });
        refusedAsHavingProblems("hoa.xlsx", file);
    }

    @Test
    void a_code_that_matches_an_existing_unit_only_without_case_is_a_problem_of_its_row() {
        imports.commit("co-san.xlsx", ImportFixture.xlsx(VIETNAMESE_HEADER, List.of(
                List.of("T21-CASE", "Trường Tiểu học Đã Có", "Tiểu học", "Công lập", OFFICE, "", "", ""))));
        byte[] file = ImportFixture.xlsx(VIETNAMESE_HEADER, List.of(
                List.of("t21-case", "Trường Tiểu học Đã Có", "Tiểu học", "Công lập", OFFICE, "", "", ""),
                List.of("T21-NEW", "Trường Tiểu học Mới", "Tiểu học", "Công lập", OFFICE.toLowerCase(), "", "", "")));

        ImportPreview preview = imports.preview("chu-thuong.xlsx", file);

        assertThat(preview.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.key() + " " + p.args())
                .containsExactlyInAnyOrder("2 CODE import.problem.code-case [t21-case, T21-CASE]",
                        "3 PARENT_CODE import.problem.code-case [timp-01, TIMP-01]");
        assertThat(translations.getTranslation("import.problem.code-case", Translations.VIETNAMESE, "t21-case",
                "T21-CASE")).startsWith("mã t21-case chỉ khác mã T21-CASE");
        assertThat(translations.getTranslation("import.problem.code-case", Locale.ENGLISH, "t21-case",
                "T21-CASE")).startsWith("the code t21-case differs from the existing code T21-CASE");
        refusedAsHavingProblems("chu-thuong.xlsx", file);
    }

    @Test
    void an_email_the_account_rule_refuses_is_a_problem_of_its_row() {
        byte[] file = ImportFixture.xlsx(VIETNAMESE_HEADER, List.of(
                List.of("T22-001", "Trường Tiểu học Một", "Tiểu học", "Công lập", OFFICE, "Lê Văn Một",
                        "mot@example.edu.vn", ""),
                List.of("T22-002", "Trường Tiểu học Hai", "Tiểu học", "Công lập", OFFICE, "Lê Văn Hai",
                        "co(hai)@exa_mple.com", "")));

        ImportPreview preview = imports.preview("email.xlsx", file);

        assertThat(preview.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.key() + " " + p.args())
                .containsExactly("3 EMAIL import.problem.bad-email [co(hai)@exa_mple.com]");
        assertThat(translations.getTranslation("import.problem.bad-email", Translations.VIETNAMESE,
                "co(hai)@exa_mple.com")).isEqualTo("email “co(hai)@exa_mple.com” không hợp lệ.");
        refusedAsHavingProblems("email.xlsx", file);
        assertThat(accounts.findByUsername("ht.t22-001")).as("nothing written, not even the good row").isEmpty();
    }

    private void refusedAsHavingProblems(String name, byte[] file) {
        long units = ImportFixture.units(jdbc);
        long users = ImportFixture.accounts(jdbc);
        assertThatThrownBy(() -> imports.commit(name, file)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.has-problems"));
        assertThat(ImportFixture.units(jdbc)).isEqualTo(units);
        assertThat(ImportFixture.accounts(jdbc)).isEqualTo(users);
    }
}
