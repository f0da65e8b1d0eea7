package vn.safeschool.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.safeschool.org.Restructuring.Action;

/** Reads of the tree at a moment, whatever the jurisdiction: {@link Jurisdiction} and {@link OrgTimeline} filter. */
@Component
class VersionReads {

    static final String AT = "v.valid_from <= :orgAt AND v.valid_to > :orgAt";
    private static final String SELECT_AT = """
            SELECT v.unit_id, v.parent_id, v.path, v.depth, v.code, v.name, u.short_name, v.kind, u.institution_type,
                   u.ownership, v.active
            FROM org_unit_version v JOIN org_unit u ON u.id = v.unit_id""";

    /** Whether the version {@code v} (its unit {@code u}) is one the jurisdiction may see as it was. */
    private static final String SEEN = """
            (u.path LIKE :jurisdiction OR EXISTS (SELECT 1 FROM org_unit_version h JOIN org_unit s ON s.id = h.unit_id
             WHERE h.path LIKE CONCAT(v.path, '%') AND h.valid_from <= :orgAt AND h.valid_to > :orgAt
               AND s.path LIKE :jurisdiction))""";

    private final JdbcClient jdbc;

    VersionReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit as it was at the moment — code, name, parent and path then; empty if it did not exist yet. */
    Optional<OrgUnitInfo> at(long unitId, Instant moment) {
        return jdbc.sql(SELECT_AT + " WHERE v.unit_id = :id AND " + AT).param("id", unitId)
                .param("orgAt", Timestamp.from(moment)).query(VersionReads::info).optional();
    }

    /** The unit whose path at the moment this is (a path ends with its unit's id). */
    Optional<OrgUnitInfo> atPath(String path, Instant moment) {
        String[] ids = path.split("/");
        return ids.length == 0 ? Optional.empty() : at(Long.parseLong(ids[ids.length - 1]), moment);
    }

    /**
     * The children a unit had at the moment, as they were then, that a jurisdiction may see as they were: those it
     * covers today, or that held one of its schools then (the rule of {@code Jurisdiction.findAt}, for a whole level
     * in one query).
     */
    List<OrgUnitInfo> childrenAt(long parentId, Instant moment, String jurisdiction) {
        return jdbc.sql(SELECT_AT + " WHERE v.parent_id = :id AND " + AT + " AND " + SEEN + " ORDER BY v.name")
                .param("id", parentId).param("orgAt", Timestamp.from(moment)).param("jurisdiction", jurisdiction)
                .query(VersionReads::info).list();
    }

    /** Which of these units, those the jurisdiction covers today, had open children at the moment. */
    Set<Long> parentsAt(Collection<Long> unitIds, Instant moment, String jurisdiction) {
        if (unitIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT v.unit_id FROM org_unit_version v JOIN org_unit u ON u.id = v.unit_id
                WHERE v.unit_id IN (:ids) AND %s AND u.path LIKE :jurisdiction
                  AND EXISTS (SELECT 1 FROM org_unit_version c WHERE c.parent_id = v.unit_id AND c.active
                              AND c.valid_from <= :orgAt AND c.valid_to > :orgAt)""".formatted(AT))
                .param("ids", List.copyOf(unitIds)).param("orgAt", Timestamp.from(moment))
                .param("jurisdiction", jurisdiction).query(Long.class).list());
    }

    Optional<String> pathAt(long unitId, Instant moment) {
        return jdbc.sql("SELECT v.path FROM org_unit_version v WHERE v.unit_id = :id AND " + AT).param("id", unitId)
                .param("orgAt", Timestamp.from(moment)).query(String.class).optional();
    }

    Optional<String> currentPath(long unitId) {
        return jdbc.sql("SELECT path FROM org_unit WHERE id = :id").param("id", unitId).query(String.class)
                .optional();
    }

    /** Whether any unit was moved, merged, renamed, opened or closed after the moment. */
    boolean changedAfter(Instant moment) {
        return !jdbc.sql("SELECT 1 FROM org_unit_version WHERE valid_from > :at LIMIT 1")
                .param("at", Timestamp.from(moment)).query(Integer.class).list().isEmpty();
    }

    /**
     * Whether, at the moment, the subtree at {@code pathThen} held a unit that lies in {@code jurisdiction} today:
     * what makes a unit of the past visible to a viewer whose units it held.
     */
    boolean heldAny(String pathThen, Instant moment, String jurisdiction) {
        return !jdbc.sql("""
                SELECT 1 FROM org_unit_version v JOIN org_unit s ON s.id = v.unit_id
                WHERE v.path LIKE :under AND %s AND s.path LIKE :jurisdiction LIMIT 1""".formatted(AT))
                .param("under", pathThen + "%").param("orgAt", Timestamp.from(moment))
                .param("jurisdiction", jurisdiction).query(Integer.class).list().isEmpty();
    }

    /** One version of a unit, as the lineage shows it. */
    record PeriodRow(boolean sinceRecorded, Instant from, boolean current, Instant to, @Nullable Long parentId,
            String code, String name, boolean active, @Nullable Long eventId) {
    }

    /** One merge or split, seen from one of its two units: the other one. */
    record LinkRow(long otherId, Action kind, boolean principal, Instant at, @Nullable Long eventId) {
    }

    /** Every version of the unit, oldest first. */
    List<PeriodRow> periods(long unitId) {
        return jdbc.sql("""
                SELECT valid_from = '%s' AS since_recorded, valid_from, valid_to = '%s' AS is_current, valid_to,
                       parent_id, code, name, active, event_id
                FROM org_unit_version WHERE unit_id = :id ORDER BY valid_from""".formatted(OrgVersions.BEGINNING,
                OrgVersions.END))
                .param("id", unitId).query((rs, n) -> new PeriodRow(rs.getBoolean("since_recorded"),
                        rs.getTimestamp("valid_from").toInstant(), rs.getBoolean("is_current"),
                        rs.getTimestamp("valid_to").toInstant(), nullableLong(rs, "parent_id"), rs.getString("code"),
                        rs.getString("name"), rs.getBoolean("active"), nullableLong(rs, "event_id")))
                .list();
    }

    /** The units merged or split into this one ({@code true}), or those it was merged or split into. */
    List<LinkRow> lineage(long unitId, boolean predecessors) {
        String self = predecessors ? "successor_id" : "predecessor_id";
        String other = predecessors ? "predecessor_id" : "successor_id";
        return jdbc.sql("SELECT " + other + " AS other_id, kind, principal, effective_at, event_id"
                + " FROM org_unit_lineage WHERE " + self + " = :id ORDER BY effective_at, principal DESC, id")
                .param("id", unitId).query((rs, n) -> new LinkRow(rs.getLong("other_id"),
                        Action.valueOf(rs.getString("kind")), rs.getBoolean("principal"),
                        rs.getTimestamp("effective_at").toInstant(), nullableLong(rs, "event_id")))
                .list();
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static OrgUnitInfo info(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        String type = rs.getString("institution_type");
        String ownership = rs.getString("ownership");
        return new OrgUnitInfo(rs.getLong("unit_id"), parentId, rs.getString("path"), rs.getInt("depth"),
                rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                UnitKind.valueOf(rs.getString("kind")), type == null ? null : InstitutionType.valueOf(type),
                ownership == null ? null : Ownership.valueOf(ownership), rs.getBoolean("active"));
    }
}
