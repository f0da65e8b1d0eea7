package vn.safeschool.reorganisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.UnitKind;

/** An event's steps and account decisions, written in batches (a national arrangement has 50,000 steps). */
@Component
class ReorgRows {

    /** What staff decided for one account; {@code targetCode} null: disable it. */
    record Decision(long accountId, @Nullable String targetCode, @Nullable Long homeUnitId,
            @Nullable Boolean wasEnabled) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ReorgRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void saveSteps(long eventId, Restructuring restructuring) {
        jdbc.sql("DELETE FROM reorg_step WHERE event_id = :event").param("event", eventId).update();
        List<SqlParameterSource> rows = new ArrayList<>();
        for (Step s : restructuring.steps()) {
            rows.add(new MapSqlParameterSource().addValue("event", eventId).addValue("line", s.line())
                    .addValue("action", s.action().name()).addValue("code", s.code()).addValue("newCode", s.newCode())
                    .addValue("parentCode", s.parentCode()).addValue("newName", s.newName())
                    .addValue("kind", s.kind() == null ? null : s.kind().name())
                    .addValue("type", s.type() == null ? null : s.type().name())
                    .addValue("ownership", s.ownership() == null ? null : s.ownership().name()));
        }
        insertInBatches(batch, """
                INSERT INTO reorg_step (event_id, line, action, code, new_code, parent_code, new_name, kind,
                                        institution_type, ownership)
                VALUES (:event, :line, :action, :code, :newCode, :parentCode, :newName, :kind, :type, :ownership)""",
                rows);
    }

    /** Rows in statements of 1,000: a national arrangement writes tens of thousands. */
    static void insertInBatches(NamedParameterJdbcTemplate batch, String sql, List<SqlParameterSource> rows) {
        for (int from = 0; from < rows.size(); from += 1_000) {
            batch.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1_000))
                    .toArray(SqlParameterSource[]::new));
        }
    }

    Restructuring steps(long eventId) {
        return new Restructuring(jdbc.sql("""
                SELECT line, action, code, new_code, parent_code, new_name, kind, institution_type, ownership
                FROM reorg_step WHERE event_id = :event ORDER BY line, id""").param("event", eventId)
                .query((rs, n) -> new Step(rs.getInt("line"), Action.valueOf(rs.getString("action")),
                        rs.getString("code"), rs.getString("new_code"), rs.getString("parent_code"),
                        rs.getString("new_name"), enumOf(UnitKind.class, rs.getString("kind")),
                        enumOf(InstitutionType.class, rs.getString("institution_type")),
                        enumOf(Ownership.class, rs.getString("ownership"))))
                .list());
    }

    int stepCount(long eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM reorg_step WHERE event_id = :event").param("event", eventId)
                .query(Integer.class).single();
    }

    Map<Long, Decision> decisions(long eventId) {
        Map<Long, Decision> decisions = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT account_id, target_code, home_unit_id, was_enabled FROM reorg_account WHERE event_id = :event
                ORDER BY account_id""").param("event", eventId).query((rs, n) -> {
                    long home = rs.getLong("home_unit_id");
                    Long homeId = rs.wasNull() ? null : home;
                    boolean enabled = rs.getBoolean("was_enabled");
                    Boolean wasEnabled = rs.wasNull() ? null : enabled;
                    return new Decision(rs.getLong("account_id"), rs.getString("target_code"), homeId, wasEnabled);
                }).list().forEach(d -> decisions.put(d.accountId(), d));
        return decisions;
    }

    void decide(long eventId, Decision decision) {
        jdbc.sql("DELETE FROM reorg_account WHERE event_id = :event AND account_id = :account")
                .param("event", eventId).param("account", decision.accountId()).update();
        jdbc.sql("""
                INSERT INTO reorg_account (event_id, account_id, target_code, home_unit_id, was_enabled)
                VALUES (:event, :account, :target, :home, :enabled)""").param("event", eventId)
                .param("account", decision.accountId()).param("target", decision.targetCode())
                .param("home", decision.homeUnitId()).param("enabled", decision.wasEnabled()).update();
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
