package vn.safeschool.org;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code org_unit_version} and {@code org_unit_code} in step with {@code org_unit} for the writes that are
 * not reorganisations: a unit added (it has always been where it is: imports and the sector database record what
 * exists, not when it was founded), a correction of its name or code (in place: a typo was never true), and opening
 * or closing it by hand (from now on: what was counted before stays counted).
 */
@Component
class OrgVersions {

    /** The bounds of time as the version table writes them (DATETIME's own range). */
    static final String BEGINNING = "1000-01-01 00:00:00";
    static final String END = "9999-12-31 00:00:00";

    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;

    OrgVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first version and the code of units just written to {@code org_unit} (with their paths). */
    void recordNew(Collection<Long> unitIds) {
        List<Long> ids = List.copyOf(unitIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.sql("""
                    INSERT INTO org_unit_version (unit_id, valid_from, valid_to, parent_id, path, depth, code, name,
                                                  kind, active)
                    SELECT id, '%s', '%s', parent_id, path, depth, code, name, kind, active
                    FROM org_unit WHERE id IN (:ids)""".formatted(BEGINNING, END))
                    .param("ids", chunk).update();
            jdbc.sql("INSERT INTO org_unit_code (code, unit_id) SELECT code, id FROM org_unit WHERE id IN (:ids)")
                    .param("ids", chunk).update();
        }
    }

    /** The first version of one unit, from the values about to be flushed. */
    void recordNew(OrgUnitInfo unit) {
        jdbc.sql("""
                INSERT INTO org_unit_version (unit_id, valid_from, valid_to, parent_id, path, depth, code, name,
                                              kind, active)
                VALUES (:id, '%s', '%s', :parent, :path, :depth, :code, :name, :kind, :active)"""
                .formatted(BEGINNING, END))
                .param("id", unit.id()).param("parent", unit.parentId()).param("path", unit.path())
                .param("depth", unit.depth()).param("code", unit.code()).param("name", unit.name())
                .param("kind", unit.kind().name()).param("active", unit.active()).update();
        jdbc.sql("INSERT INTO org_unit_code (code, unit_id) VALUES (:code, :id)")
                .param("code", unit.code()).param("id", unit.id()).update();
    }

    /** A corrected name, in the unit's current version: the former spelling was never the unit's name. */
    void correctName(long unitId, String name) {
        jdbc.sql("UPDATE org_unit_version SET name = :name WHERE unit_id = :id AND valid_to = '" + END + "'")
                .param("name", name).param("id", unitId).update();
    }

    /** Corrected names of many units (an import's updates). */
    void correctNames(Collection<Long> unitIds) {
        List<Long> ids = List.copyOf(unitIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("""
                    UPDATE org_unit_version v JOIN org_unit u ON u.id = v.unit_id
                    SET v.name = u.name WHERE v.unit_id IN (:ids) AND v.valid_to = '%s'""".formatted(END))
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).update();
        }
    }

    /**
     * Opened or closed by hand at {@code at}: the current version ends there and a new one begins, so that a view
     * of an earlier moment still counts the unit as it was. Twice at the same instant only changes the new one.
     */
    void openOrClose(OrgUnitInfo unit, Instant at) {
        Timestamp when = Timestamp.from(at);
        int changedInPlace = jdbc.sql("""
                UPDATE org_unit_version SET active = :active
                WHERE unit_id = :id AND valid_to = '%s' AND valid_from >= :at""".formatted(END))
                .param("active", unit.active()).param("id", unit.id()).param("at", when).update();
        if (changedInPlace > 0) {
            return;
        }
        jdbc.sql("UPDATE org_unit_version SET valid_to = :at WHERE unit_id = :id AND valid_to = '" + END + "'")
                .param("at", when).param("id", unit.id()).update();
        jdbc.sql("""
                INSERT INTO org_unit_version (unit_id, valid_from, valid_to, parent_id, path, depth, code, name,
                                              kind, active)
                VALUES (:id, :at, '%s', :parent, :path, :depth, :code, :name, :kind, :active)""".formatted(END))
                .param("id", unit.id()).param("at", when).param("parent", unit.parentId())
                .param("path", unit.path()).param("depth", unit.depth()).param("code", unit.code())
                .param("name", unit.name()).param("kind", unit.kind().name()).param("active", unit.active())
                .update();
    }

    /** Whether any unit has ever had this code (case and accents aside, as the database compares). */
    boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit_code WHERE code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }
}
