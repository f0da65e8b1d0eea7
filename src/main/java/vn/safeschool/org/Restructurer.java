package vn.safeschool.org;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.safeschool.base.Dates;
import vn.safeschool.org.RestructuringPlan.Problem;
import vn.safeschool.base.i18n.Translations;

/**
 * Works a {@link Restructuring} out over the whole tree ({@link RestructureModel}) and writes it with set-based SQL:
 * the changed units go into a temporary table in one multi-row insert per thousand, then one statement each updates
 * {@code org_unit}, ends the current versions and starts the new ones. The national arrangement (50,000 schools,
 * thousands of new communes) is a few dozen statements, in the caller's transaction.
 */
@Component
class Restructurer {

    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final EntityManager entities;

    Restructurer(JdbcClient jdbc, JdbcTemplate template, EntityManager entities) {
        this.jdbc = jdbc;
        this.template = template;
        this.entities = entities;
    }

    /** The model of the steps over today's tree, with the effective moment checked; nothing written. */
    RestructureModel model(Restructuring restructuring, Instant effectiveAt, Jurisdiction jurisdiction) {
        List<RestructureNode> units = jdbc
                .sql("SELECT id, parent_id, path, depth, code, name, kind, active FROM org_unit")
                .query((rs, n) -> {
                    long parent = rs.getLong("parent_id");
                    return new RestructureNode(rs.getLong("id"), rs.wasNull() ? null : parent, rs.getString("path"),
                            rs.getInt("depth"), rs.getString("code"), rs.getString("name"),
                            UnitKind.valueOf(rs.getString("kind")), rs.getBoolean("active"));
                }).list();
        RestructureModel model = new RestructureModel(units, registry(restructuring), jurisdiction::covers)
                .apply(restructuring.steps());
        Instant last = lastChange(model.changed());
        if (last != null && !effectiveAt.isAfter(last)) {
            model.problems().add(new Problem(0, "reorg.problem.not-after-last",
                    List.of(Dates.dateTime(last, Translations.VIETNAMESE))));
        }
        return model;
    }

    /** The owners of every code the steps mention, by the model's key. */
    private Map<String, Long> registry(Restructuring restructuring) {
        Set<String> codes = new HashSet<>();
        restructuring.steps().forEach(s -> {
            addIfPresent(codes, s.code());
            addIfPresent(codes, s.newCode());
            addIfPresent(codes, s.parentCode());
        });
        Map<String, Long> owners = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("SELECT code, unit_id FROM org_unit_code WHERE code IN (:codes)")
                    .param("codes", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, n) -> Map.entry(StepCodes.key(rs.getString(1)), rs.getLong(2))).list()
                    .forEach(e -> owners.put(e.getKey(), e.getValue()));
        }
        return owners;
    }

    private static void addIfPresent(Set<String> codes, @Nullable String code) {
        if (code != null) {
            codes.add(code);
        }
    }

    /** The latest start of a current version among the units a reorganisation changes: it must take effect after. */
    private @Nullable Instant lastChange(List<RestructureNode> changed) {
        List<Long> ids = changed.stream().filter(n -> !n.created).map(n -> n.id).toList();
        Instant last = null;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Timestamp t = jdbc.sql("SELECT MAX(valid_from) FROM org_unit_version WHERE unit_id IN (:ids)"
                    + " AND valid_to = '" + OrgVersions.END + "' AND valid_from > '" + OrgVersions.BEGINNING + "'")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).query(Timestamp.class)
                    .optional().orElse(null);
            if (t != null && (last == null || t.toInstant().isAfter(last))) {
                last = t.toInstant();
            }
        }
        return last;
    }

    /** Writes a model without problems, effective at the moment, as the work of reorganisation {@code eventId}. */
    void write(RestructureModel model, Instant effectiveAt, @Nullable Long eventId) {
        entities.flush();
        insertCreated(model);
        List<RestructureNode> changed = model.changed();
        Timestamp at = Timestamp.from(effectiveAt);
        template.execute("DROP TEMPORARY TABLE IF EXISTS tmp_org_change");
        template.execute("""
                CREATE TEMPORARY TABLE tmp_org_change (
                    id BIGINT PRIMARY KEY, parent_id BIGINT, path VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin,
                    depth INT, code VARCHAR(32), name VARCHAR(255), active BOOLEAN, created BOOLEAN)""");
        for (int from = 0; from < changed.size(); from += CHUNK) {
            List<RestructureNode> chunk = changed.subList(from, Math.min(changed.size(), from + CHUNK));
            StringJoiner values = new StringJoiner(",");
            List<Object> args = new ArrayList<>();
            for (RestructureNode n : chunk) {
                values.add("(?,?,?,?,?,?,?,?)");
                args.addAll(java.util.Arrays.asList(n.id, n.parent, n.path, n.depth, n.code, n.name, n.active,
                        n.created));
            }
            template.update("INSERT INTO tmp_org_change VALUES " + values, args.toArray());
        }
        template.update("""
                UPDATE org_unit u JOIN tmp_org_change t ON t.id = u.id
                SET u.parent_id = t.parent_id, u.path = t.path, u.depth = t.depth, u.code = t.code, u.name = t.name,
                    u.active = t.active, u.version = u.version + 1""");
        template.update("UPDATE org_unit_version v JOIN tmp_org_change t ON t.id = v.unit_id AND NOT t.created"
                + " SET v.valid_to = ? WHERE v.valid_to = '" + OrgVersions.END + "'", at);
        template.update("""
                INSERT INTO org_unit_version (unit_id, valid_from, valid_to, parent_id, path, depth, code, name, kind,
                                              active, event_id)
                SELECT t.id, ?, '%s', t.parent_id, t.path, t.depth, t.code, t.name, u.kind, t.active, ?
                FROM tmp_org_change t JOIN org_unit u ON u.id = t.id""".formatted(OrgVersions.END), at, eventId);
        template.update("""
                INSERT INTO org_unit_code (code, unit_id)
                SELECT t.code, t.id FROM tmp_org_change t
                WHERE NOT EXISTS (SELECT 1 FROM org_unit_code c WHERE c.code = t.code)""");
        template.execute("DROP TEMPORARY TABLE tmp_org_change");
        for (RestructureModel.Lineage l : model.lineage()) {
            template.update("""
                    INSERT INTO org_unit_lineage (predecessor_id, successor_id, kind, principal, effective_at, event_id)
                    VALUES (?, ?, ?, ?, ?, ?)""", l.predecessor().id, l.successor().id, l.kind().name(),
                    l.principal(), at, eventId);
        }
        // units read through JPA earlier in this transaction are not what the tables hold any more
        entities.clear();
    }

    /** The new units, with their ids then given to the model (and their paths computed from them). */
    private void insertCreated(RestructureModel model) {
        List<RestructureNode> created = model.nodes().stream().filter(n -> n.created).toList();
        if (created.isEmpty()) {
            return;
        }
        template.batchUpdate("INSERT INTO org_unit (parent_id, path, depth, code, name, kind, institution_type, "
                + "ownership, active, version) VALUES (NULL, '', 0, ?, ?, ?, ?, ?, TRUE, 0)", created, CHUNK,
                (ps, n) -> {
                    ps.setString(1, n.code);
                    ps.setString(2, n.name);
                    ps.setString(3, n.kind.name());
                    ps.setString(4, n.type == null ? null : n.type.name());
                    ps.setString(5, n.ownership == null ? null : n.ownership.name());
                });
        Map<String, Long> tempByCode = new HashMap<>();
        created.forEach(n -> tempByCode.put(StepCodes.key(n.code), n.id));
        Map<Long, Long> realIds = new HashMap<>();
        List<String> codes = created.stream().map(n -> n.code).toList();
        for (int from = 0; from < codes.size(); from += CHUNK) {
            jdbc.sql("SELECT id, code FROM org_unit WHERE code IN (:codes)")
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + CHUNK)))
                    .query((rs, n) -> Map.entry(StepCodes.key(rs.getString("code")), rs.getLong("id")))
                    .list().forEach(e -> realIds.put(tempByCode.get(e.getKey()), e.getValue()));
        }
        model.renumber(realIds);
    }
}
