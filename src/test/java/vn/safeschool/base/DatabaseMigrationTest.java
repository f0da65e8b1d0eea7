package vn.safeschool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.safeschool.SafeSchoolTest;

/**
 * The changelog builds the schema on a fresh MariaDB, in utf8mb4, with the reference checklist; every change set the
 * master changelog lists has run, and nothing else.
 */
@SafeSchoolTest
class DatabaseMigrationTest {

    @Autowired
    JdbcClient jdbc;
    @Value("${spring.liquibase.change-log}")
    String changeLog;

    /** Every change set the master changelog's includes list, as Liquibase itself reads them. */
    static List<String> listed(String changeLog) throws Exception {
        String path = changeLog.replaceFirst("^classpath:", "");
        try (ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor()) {
            DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance().getParser(path, resources)
                    .parse(path, new ChangeLogParameters(), resources);
            return parsed.getChangeSets().stream().map(c -> changeSet(c.getId(), c.getAuthor(), c.getFilePath()))
                    .toList();
        }
    }

    private static String changeSet(String id, String author, String file) {
        return file.replaceFirst("^classpath:", "") + "::" + id + "::" + author;
    }

    @Test
    void the_changelog_applies_to_a_fresh_server_and_every_change_set_ran() throws Exception {
        List<String> ran = jdbc.sql("SELECT ID, AUTHOR, FILENAME FROM DATABASECHANGELOG WHERE EXECTYPE = 'EXECUTED'")
                .query((row, n) -> changeSet(row.getString(1), row.getString(2), row.getString(3))).list();
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")
                .query(String.class).list();

        assertThat(ran).containsExactlyInAnyOrderElementsOf(listed(changeLog));
        assertThat(tables).extracting(String::toLowerCase).contains("org_unit", "app_user", "checklist_version",
                "criterion", "campaign", "declaration", "declaration_answer", "declaration_submission");
    }

    @Test
    void every_text_column_stores_vietnamese_as_utf8mb4() {
        List<Map<String, Object>> notUtf8mb4 = jdbc.sql("""
                SELECT table_name, column_name, character_set_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND character_set_name IS NOT NULL
                  AND character_set_name NOT IN ('utf8mb4', 'ascii')
                  AND table_name NOT LIKE 'DATABASECHANGELOG%'""").query().listOfRows();

        assertThat(notUtf8mb4).isEmpty();
    }

    @Test
    void constraints_are_named() {
        List<String> names = jdbc.sql("""
                SELECT constraint_name FROM information_schema.table_constraints
                WHERE table_schema = DATABASE() AND table_name NOT LIKE 'DATABASECHANGELOG%'
                  AND constraint_type <> 'PRIMARY KEY'""").query(String.class).list();

        assertThat(names).isNotEmpty().allMatch(n -> n.matches("(uq|fk|ck)_[a-z_]+"), "named uq_/fk_/ck_…");
    }

    @Test
    void the_ministry_checklist_ships_with_its_fifteen_criteria_and_four_mandatory_ones() {
        List<Integer> mandatory = jdbc.sql("""
                SELECT c.number FROM criterion c JOIN checklist_version v ON v.id = c.checklist_version_id
                WHERE v.code = 'MOET-2020' AND c.mandatory ORDER BY c.number""").query(Integer.class).list();
        long criteria = jdbc.sql("""
                SELECT COUNT(*) FROM criterion c JOIN checklist_version v ON v.id = c.checklist_version_id
                WHERE v.code = 'MOET-2020'""").query(Long.class).single();

        assertThat(criteria).isEqualTo(15);
        assertThat(mandatory).containsExactly(4, 5, 10, 11);
    }
}
