package vn.safeschool.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind {@link OrgService#importUnits}: batched inserts and updates (the driver rewrites a batch into one
 * multi-row statement) and a set-based update of the materialized paths, instead of a few round trips per unit.
 */
@Component
class OrgUnitBulkWriter {

    /** Below MySQL's 65,535 placeholders per statement, with room to spare. */
    private static final int CHUNK = 5_000;

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    OrgUnitBulkWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** A unit's id, path and kind, by code, for the given codes that exist (anywhere). */
    Map<String, Row> findByCodes(Collection<String> codes) {
        Map<String, Row> found = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            client.sql("SELECT id, code, path, depth, kind FROM org_unit WHERE code IN (:codes)")
                    .param("codes", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("path"),
                            rs.getInt("depth"), UnitKind.valueOf(rs.getString("kind"))))
                    .list().forEach(row -> found.put(row.code(), row));
        }
        return found;
    }

    /** Which of these codes any unit has ever had (current codes and former ones alike). */
    java.util.Set<String> codesEverUsed(Collection<String> codes) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(client.sql("SELECT code FROM org_unit_code WHERE code IN (:codes)")
                    .param("codes", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query(String.class).list());
        }
        return found;
    }

    /** Inserts the units with an empty path under their (known) parents; {@link #fillPaths()} completes them. */
    void insert(List<UnitImport.Create> creates, Map<String, Row> parents) {
        jdbc.batchUpdate("INSERT INTO org_unit (parent_id, path, depth, code, name, kind, institution_type, "
                + "ownership, active, version) VALUES (?, '', 0, ?, ?, ?, ?, ?, TRUE, 0)", creates, 1_000,
                (ps, c) -> {
                    ps.setLong(1, parents.get(c.parentCode()).id());
                    ps.setString(2, c.code().strip());
                    ps.setString(3, c.name().strip());
                    ps.setString(4, c.kind().name());
                    ps.setString(5, c.institutionType() == null ? null : c.institutionType().name());
                    ps.setString(6, c.ownership() == null ? null : c.ownership().name());
                });
    }

    /** Every unit still without a path gets its parent's path plus its own id, level by level. */
    void fillPaths() {
        int changed;
        do {
            changed = jdbc.update("UPDATE org_unit c JOIN org_unit p ON p.id = c.parent_id "
                    + "SET c.path = CONCAT(p.path, c.id, '/'), c.depth = p.depth + 1 "
                    + "WHERE c.path = '' AND p.path <> ''");
        } while (changed > 0);
    }

    /** Name, type and ownership of the (known, checked) units. */
    void update(List<UnitImport.Update> updates, Map<String, Row> units) {
        jdbc.batchUpdate("UPDATE org_unit SET name = ?, institution_type = ?, ownership = ?, "
                + "version = version + 1 WHERE id = ?", updates, 1_000, (ps, u) -> {
                    ps.setString(1, u.name().strip());
                    ps.setString(2, u.institutionType() == null ? null : u.institutionType().name());
                    ps.setString(3, u.ownership() == null ? null : u.ownership().name());
                    ps.setLong(4, units.get(u.code().strip()).id());
                });
    }

    record Row(long id, String code, String path, int depth, UnitKind kind) {
    }
}
