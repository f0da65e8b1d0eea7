package vn.safeschool.oversight;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.safeschool.org.SchoolSql;

/**
 * The rollup query. One range scan of the schools a view counts (the hierarchy's {@link SchoolSql}: the unit's
 * subtree, the campaign's members, the jurisdiction, in the tree of the moment or today's), each school's state now
 * (the current declaration) or as of a moment (its last submission before it), grouped by the child of the unit it
 * lies under: the child's path is the school's placed path cut after the next id.
 */
final class RollupSql {

    /** Each school's state now. */
    private static final String NOW = """
            LEFT JOIN declaration d ON d.unit_id = s.id AND d.campaign_id = :campaignId""";

    /**
     * Each school's state at :asOf: its last submission at or before it, found per school through the index on
     * (campaign, unit, time), so the cost follows the subtree, not the whole campaign's history.
     */
    private static final String AS_OF = """
            LEFT JOIN declaration_submission d ON d.id = (
                SELECT x.id FROM declaration_submission x
                WHERE x.campaign_id = :campaignId AND x.unit_id = s.id AND x.submitted_at <= :asOf
                ORDER BY x.submitted_at DESC, x.id DESC LIMIT 1)""";

    private static final String SELECT = """
            SELECT %s AS bucket,
                   COUNT(*) AS institutions,
                   %s,
                   COALESCE(SUM(%s), 0) AS matching,
                   MAX(d.submitted_at) AS last_declared_at
            FROM %s
            %s
            WHERE %s%s
            GROUP BY bucket""";

    /** A count per state, each in the column named after it ({@code safe}, {@code at_risk}, …). */
    private static final String COUNTS = Arrays.stream(StatusFilter.values())
            .map(status -> "COALESCE(SUM(%s), 0) AS %s".formatted(status.condition(),
                    status.name().toLowerCase(Locale.ROOT)))
            .collect(Collectors.joining(",\n       "));

    private RollupSql() {
    }

    /** Counts per child of the counted unit. */
    static String perChild(RollupFilter filter, SchoolSql schools) {
        return build(schools.childBucket(), filter, schools);
    }

    /** Counts over the whole subtree, in one row. */
    static String total(RollupFilter filter, SchoolSql schools) {
        return build("'all'", filter, schools);
    }

    private static String build(String bucket, RollupFilter filter, SchoolSql schools) {
        String matching = filter.statuses().isEmpty() ? "1" : StatusFilter.anyOf(filter.statuses());
        String restrictions = (filter.types().isEmpty() ? "" : " AND s.institution_type IN (:types)")
                + (filter.ownerships().isEmpty() ? "" : " AND s.ownership IN (:ownerships)");
        return SELECT.formatted(bucket, COUNTS, matching, schools.from(), filter.asOf() == null ? NOW : AS_OF,
                schools.where(), restrictions);
    }
}
