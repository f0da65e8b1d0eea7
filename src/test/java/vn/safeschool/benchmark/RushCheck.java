package vn.safeschool.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After the rush: what the database holds against what the service acknowledged. Every acknowledged submission is
 * one history row and one audit row, each school one declaration whose current state is its last submission.
 */
final class RushCheck {

    private final JdbcClient jdbc;
    private final long campaign;
    private final List<String> problems = new ArrayList<>();

    RushCheck(JdbcClient jdbc, long campaign) {
        this.jdbc = jdbc;
        this.campaign = campaign;
    }

    /** @return the problems found; empty when nothing was lost or duplicated */
    List<String> verify(long acknowledged, long schoolsAcknowledged, int criteria) {
        long rows = count("SELECT COUNT(*) FROM declaration_submission WHERE campaign_id = :c");
        compare("submission rows", rows, acknowledged);
        compare("declarations", count("SELECT COUNT(*) FROM declaration WHERE campaign_id = :c"),
                schoolsAcknowledged);
        compare("schools with more than one declaration", count("""
                SELECT COUNT(*) FROM (SELECT unit_id FROM declaration WHERE campaign_id = :c
                                      GROUP BY unit_id HAVING COUNT(*) > 1) x"""), 0);
        compare("declarations whose revisions have gaps or repeats", count("""
                SELECT COUNT(*) FROM (SELECT declaration_id FROM declaration_submission WHERE campaign_id = :c
                                      GROUP BY declaration_id
                                      HAVING COUNT(*) <> MAX(revision) OR COUNT(DISTINCT revision) <> COUNT(*)) x"""),
                0);
        compare("declarations not at their last submission", count("""
                SELECT COUNT(*) FROM declaration d
                JOIN declaration_submission s ON s.declaration_id = d.id
                 AND s.revision = (SELECT MAX(revision) FROM declaration_submission m WHERE m.declaration_id = d.id)
                WHERE d.campaign_id = :c
                  AND (s.status <> d.status OR s.met_count <> d.met_count OR s.submitted_at <> d.submitted_at)"""),
                0);
        compare("declarations without all their answers", count("""
                SELECT COUNT(*) FROM declaration d WHERE d.campaign_id = :c
                  AND (SELECT COUNT(*) FROM declaration_answer a WHERE a.declaration_id = d.id) <> :criteria""",
                criteria), 0);
        compare("audit rows", count("""
                SELECT COUNT(*) FROM audit_event a
                JOIN declaration d ON d.id = CAST(SUBSTRING(a.target, 13) AS UNSIGNED)
                WHERE a.action = 'DECLARATION_SUBMITTED' AND a.target LIKE 'declaration:%' AND d.campaign_id = :c"""),
                acknowledged);
        DeadlineRush.print("counted: %d submissions acknowledged, %d rows in the history, %d lost, %d duplicated",
                acknowledged, rows, Math.max(0, acknowledged - rows), Math.max(0, rows - acknowledged));
        return problems;
    }

    private void compare(String what, long found, long expected) {
        DeadlineRush.print("  %-52s %8d (expected %d)%s", what, found, expected, found == expected ? "" : "  MISMATCH");
        if (found != expected) {
            problems.add(what + ": " + found + " instead of " + expected);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("c", campaign).query(Long.class).single();
    }

    private long count(String sql, int criteria) {
        return jdbc.sql(sql).param("c", campaign).param("criteria", criteria).query(Long.class).single();
    }
}
