package vn.safeschool.reorganisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.safeschool.followup.OpenWork;
import vn.safeschool.followup.OpenWorkService;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.RestructuringPlan;
import vn.safeschool.org.RestructuringPlan.Dissolved;
import vn.safeschool.org.RestructuringPlan.Ref;
import vn.safeschool.org.UnitKind;

/**
 * What an applied event did, written as it is applied: once the tree has changed, planning the same steps again
 * names each of them a problem (their new codes are taken — by the units they created), so the page of an applied
 * event reads this record, never a new plan.
 */
@Component
class ReorgOutcomes {

    /** The plan as it was applied (no problems), and the open follow-up work it handed over. */
    record Outcome(RestructuringPlan plan, OpenWork handedOver) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final OrgService org;
    private final OpenWorkService openWork;

    ReorgOutcomes(JdbcClient jdbc, NamedParameterJdbcTemplate batch, OrgService org, OpenWorkService openWork) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.org = org;
        this.openWork = openWork;
    }

    /** The open work of the units these steps close: what a compensating event hands over, counted before. */
    OpenWork openWorkOfClosed(Restructuring steps) {
        List<String> closed = steps.steps().stream().filter(s -> s.action() == Action.CLOSE).map(Step::code)
                .filter(java.util.Objects::nonNull).toList();
        return openWork.of(org.findByCodes(closed).values().stream().map(OrgUnitInfo::id).toList());
    }

    void record(long eventId, RestructuringPlan applied, OpenWork handedOver) {
        jdbc.sql("""
                INSERT INTO reorg_outcome (event_id, created_count, moved_count, merged_count, split_count,
                    closed_count, reopened_count, renamed_count, recoded_count, placed_count, handed_cases, handed_items)
                VALUES (:event, :created, :moved, :merged, :split, :closed, :reopened, :renamed, :recoded, :placed,
                    :cases, :items)""").param("event", eventId).param("created", applied.created())
                .param("moved", applied.moved()).param("merged", applied.merged()).param("split", applied.split())
                .param("closed", applied.closed()).param("reopened", applied.reopened())
                .param("renamed", applied.renamed()).param("recoded", applied.recoded())
                .param("placed", applied.placed()).param("cases", handedOver.cases())
                .param("items", handedOver.correctiveItems()).update();
        List<SqlParameterSource> rows = new ArrayList<>();
        for (Dissolved d : applied.dissolved()) {
            rows.add(new MapSqlParameterSource().addValue("event", eventId).addValue("unit", d.unitId())
                    .addValue("code", d.code()).addValue("name", d.name()).addValue("kind", d.kind().name())
                    .addValue("takerCode", d.takesOver().code()).addValue("takerName", d.takesOver().name())
                    .addValue("takerKind", d.takesOver().kind().name()).addValue("successor", d.successor() != null));
        }
        ReorgRows.insertInBatches(batch, """
                INSERT INTO reorg_dissolved (event_id, unit_id, code, name, kind, taker_code, taker_name, taker_kind,
                                             taker_is_successor)
                VALUES (:event, :unit, :code, :name, :kind, :takerCode, :takerName, :takerKind, :successor)""", rows);
    }

    /** Empty for an event not applied, or applied before outcomes were recorded. */
    Optional<Outcome> of(long eventId) {
        List<Dissolved> dissolved = jdbc.sql("""
                SELECT unit_id, code, name, kind, taker_code, taker_name, taker_kind, taker_is_successor
                FROM reorg_dissolved WHERE event_id = :event ORDER BY code""").param("event", eventId)
                .query((rs, n) -> {
                    Ref taker = new Ref(null, rs.getString("taker_code"), rs.getString("taker_name"),
                            UnitKind.valueOf(rs.getString("taker_kind")));
                    return new Dissolved(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                            UnitKind.valueOf(rs.getString("kind")), rs.getBoolean("taker_is_successor") ? taker : null,
                            taker);
                }).list();
        return jdbc.sql("""
                SELECT created_count, moved_count, merged_count, split_count, closed_count, reopened_count,
                       renamed_count, recoded_count, placed_count, handed_cases, handed_items
                FROM reorg_outcome WHERE event_id = :event""").param("event", eventId)
                .query((rs, n) -> new Outcome(new RestructuringPlan(List.of(), rs.getInt("created_count"),
                        rs.getInt("moved_count"), rs.getInt("merged_count"), rs.getInt("split_count"),
                        rs.getInt("closed_count"), rs.getInt("reopened_count"), rs.getInt("renamed_count"),
                        rs.getInt("recoded_count"), rs.getInt("placed_count"), dissolved),
                        new OpenWork(rs.getInt("handed_cases"), rs.getInt("handed_items"))))
                .optional();
    }
}
