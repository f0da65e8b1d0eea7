package vn.safeschool.followup;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.Roles;
import vn.safeschool.org.Jurisdiction;

/**
 * What follow-up work some units still hold — what a reorganisation that dissolves them hands over (see
 * {@code HandOverListener}), counted the same way, so that its preview says what the hand-over will move.
 */
@Service
@Transactional(readOnly = true)
public class OpenWorkService {

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;

    OpenWorkService(JdbcClient jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    /** Of the given units, those in the caller's jurisdiction; others count nothing. */
    @PreAuthorize(Roles.IS_STAFF)
    public OpenWork of(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return new OpenWork(0, 0);
        }
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(unitIds));
        int cases = 0;
        int items = 0;
        for (int from = 0; from < ids.size(); from += 1_000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1_000));
            cases += jdbc.sql("""
                    SELECT COUNT(*) FROM follow_up_case c
                    WHERE c.status <> 'ACCEPTED' AND EXISTS (SELECT 1 FROM org_unit u WHERE u.id IN (:ids)
                          AND u.path LIKE :scope AND u.id IN (c.assignee_unit_id, c.opener_unit_id))""")
                    .param("ids", part).param("scope", jurisdiction.pathPattern()).query(Integer.class).single();
            items += jdbc.sql("""
                    SELECT COUNT(*) FROM corrective_item i JOIN org_unit u ON u.id = i.unit_id
                    WHERE u.id IN (:ids) AND u.path LIKE :scope AND i.status IN ('OPEN', 'FIXED')""")
                    .param("ids", part).param("scope", jurisdiction.pathPattern()).query(Integer.class).single();
        }
        return new OpenWork(cases, items);
    }
}
