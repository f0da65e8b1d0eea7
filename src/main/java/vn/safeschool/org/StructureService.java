package vn.safeschool.org;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.audit.AuditEvent;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;

/**
 * Changes to the shape of the hierarchy over time — moves, merges, splits, renamings, re-codings, closures — and
 * what they leave behind: every earlier state stays in the versions, so that a past moment still reads as it was.
 * Only department staff reorganise, and only inside their jurisdiction.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class StructureService {

    private final Restructurer restructurer;
    private final Jurisdiction jurisdiction;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StructureService(Restructurer restructurer, Jurisdiction jurisdiction, JdbcClient jdbc, Clock clock,
            ApplicationEventPublisher events) {
        this.restructurer = restructurer;
        this.jurisdiction = jurisdiction;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** What the reorganisation would do at that moment, and every problem that keeps it from being applied. */
    @PreAuthorize(Roles.IS_STAFF)
    public RestructuringPlan plan(@Valid Restructuring restructuring, Instant effectiveAt) {
        return restructurer.model(restructuring, effectiveAt, jurisdiction).plan();
    }

    /**
     * Applies the reorganisation, effective at a moment that has come (now or earlier), all of it or nothing: with
     * any problem, nothing is written and the first one is the refusal. The plan returned names the new units' ids.
     */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public RestructuringPlan restructure(@Valid Restructuring restructuring, Instant effectiveAt,
            @Nullable Long eventId, String title) {
        if (effectiveAt.isAfter(clock.instant())) {
            throw new RuleViolation("reorg.error.in-future");
        }
        RestructureModel model = restructurer.model(restructuring, effectiveAt, jurisdiction);
        RestructuringPlan before = model.plan();
        if (!before.canApply()) {
            RestructuringPlan.Problem first = before.problems().getFirst();
            throw new RuleViolation("reorg.error.has-problems", before.problems().size(), first.line());
        }
        restructurer.write(model, effectiveAt, eventId);
        RestructuringPlan applied = model.plan();
        events.publishEvent(new UnitsRestructured(eventId, title, effectiveAt, applied.dissolved()));
        Map<String, String> summary = new java.util.LinkedHashMap<>();
        summary.put("title", title);
        summary.put("effectiveAt", effectiveAt.toString());
        summary.put("steps", String.valueOf(restructuring.steps().size()));
        summary.put("created", String.valueOf(applied.created()));
        summary.put("moved", String.valueOf(applied.moved()));
        summary.put("merged", String.valueOf(applied.merged()));
        summary.put("split", String.valueOf(applied.split()));
        summary.put("closed", String.valueOf(applied.closed()));
        summary.put("placed", String.valueOf(applied.placed()));
        events.publishEvent(AuditEvent.change(AuditAction.REORGANISATION_APPLIED, jurisdiction.homeUnitId().orElse(null),
                eventId == null ? title : "reorganisation:" + eventId, Map.of(), summary));
        return applied;
    }

    /**
     * The reorganisation that undoes an applied one: every unit it changed back to how it was just before (moved back,
     * renamed and re-coded back, closed ones reopened, created ones closed). Nothing is deleted: undoing is one more
     * dated change. Refused when a later change touched one of its units (undo that one first).
     */
    @PreAuthorize(Roles.IS_STAFF)
    public Restructuring compensation(long eventId) {
        record Change(long unitId, @Nullable Long parentBefore, @Nullable String codeBefore,
                @Nullable String nameBefore, @Nullable Boolean activeBefore, @Nullable Long parentNow, String codeNow,
                String nameNow, boolean activeNow, boolean current) {
        }
        List<Change> changes = jdbc.sql("""
                SELECT v.unit_id, b.parent_id AS parent_before, b.code AS code_before, b.name AS name_before,
                       b.active AS active_before, v.parent_id AS parent_now, v.code AS code_now, v.name AS name_now,
                       v.active AS active_now, v.valid_to = '%s' AS is_current
                FROM org_unit_version v
                LEFT JOIN org_unit_version b ON b.unit_id = v.unit_id AND b.valid_to = v.valid_from
                WHERE v.event_id = :event ORDER BY v.unit_id""".formatted(OrgVersions.END))
                .param("event", eventId).query((rs, n) -> {
                    long pb = rs.getLong("parent_before");
                    Long parentBefore = rs.wasNull() ? null : pb;
                    long pn = rs.getLong("parent_now");
                    Long parentNow = rs.wasNull() ? null : pn;
                    boolean ab = rs.getBoolean("active_before");
                    Boolean activeBefore = rs.wasNull() ? null : ab;
                    return new Change(rs.getLong("unit_id"), parentBefore, rs.getString("code_before"),
                            rs.getString("name_before"), activeBefore, parentNow, rs.getString("code_now"),
                            rs.getString("name_now"), rs.getBoolean("active_now"), rs.getBoolean("is_current"));
                }).list();
        if (changes.isEmpty()) {
            throw new RuleViolation("reorg.error.nothing-to-undo");
        }
        changes.stream().filter(c -> !c.current()).findFirst().ifPresent(c -> {
            throw new RuleViolation("reorg.error.changed-since", c.codeNow());
        });
        Map<Long, String> codes = currentCodes(changes.stream().map(Change::parentBefore).filter(Objects::nonNull)
                .toList());
        List<Step> steps = new ArrayList<>();
        int line = 0;
        for (Change c : changes) {
            line++;
            String parentCode = c.parentBefore() == null ? null : codes.get(c.parentBefore());
            if (c.activeBefore() == null || !c.activeBefore() && c.activeNow()) {
                steps.add(new Step(line, Action.CLOSE, c.codeNow(), null, null, null, null, null, null));
            } else if (c.activeBefore() && !c.activeNow()) {
                steps.add(new Step(line, Action.REOPEN, c.codeNow(), differs(c.codeBefore(), c.codeNow()),
                        parentCode, differs(c.nameBefore(), c.nameNow()), null, null, null));
            } else if (!Objects.equals(c.parentBefore(), c.parentNow()) || differs(c.codeBefore(), c.codeNow()) != null
                    || differs(c.nameBefore(), c.nameNow()) != null) {
                boolean moves = !Objects.equals(c.parentBefore(), c.parentNow());
                Action action = moves ? Action.MOVE
                        : differs(c.nameBefore(), c.nameNow()) != null ? Action.RENAME : Action.RECODE;
                steps.add(new Step(line, action, c.codeNow(),
                        differs(c.codeBefore(), c.codeNow()), moves ? parentCode : null,
                        differs(c.nameBefore(), c.nameNow()), null, null, null));
            }
        }
        return new Restructuring(steps);
    }

    private static @Nullable String differs(@Nullable String before, String now) {
        return before == null || before.equals(now) ? null : before;
    }

    private Map<Long, String> currentCodes(List<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, code FROM org_unit WHERE id IN (:ids)").param("ids", ids)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                    .forEach(e -> codes.put(e.getKey(), e.getValue()));
        }
        return codes;
    }
}
