package vn.safeschool.oversight;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.base.Zones;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgTimeline;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.SchoolCount;
import vn.safeschool.org.SchoolSql;
import vn.safeschool.org.Structure;

/**
 * A campaign over time, from the submission history: one grouped query over the unit's subtree turns every
 * submission into its change (a first declaration: one more declared; a move into or out of Safe: one more or one
 * fewer Safe) and sums the changes per step; the running totals are added up here.
 */
@Service
@Transactional(readOnly = true)
public class TrendService {

    /** Up to this span, one point an hour; beyond it, one a day. */
    static final Duration HOURLY_UP_TO = Duration.ofDays(8);

    private static final String CHANGES = """
            SELECT GREATEST(0, CEIL(TIMESTAMPDIFF(MICROSECOND, :start, e.submitted_at) / :stepMicros)) AS step,
                   SUM(e.nth = 1) AS declared,
                   SUM(CASE WHEN e.status = 'SAFE' AND (e.previous IS NULL OR e.previous <> 'SAFE') THEN 1
                            WHEN e.status <> 'SAFE' AND e.previous = 'SAFE' THEN -1
                            ELSE 0 END) AS safe
            FROM (
                SELECT h.submitted_at, h.status,
                       LAG(h.status) OVER (PARTITION BY h.unit_id ORDER BY h.revision) AS previous,
                       ROW_NUMBER() OVER (PARTITION BY h.unit_id ORDER BY h.revision) AS nth
                FROM %s
                JOIN declaration_submission h ON h.unit_id = s.id AND h.campaign_id = :campaignId
                     AND h.submitted_at <= :until
                WHERE %s
            ) e
            GROUP BY step
            ORDER BY step""";

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final OrgTimeline timeline;
    private final CampaignService campaigns;
    private final Clock clock;

    TrendService(JdbcClient jdbc, Jurisdiction jurisdiction, OrgTimeline timeline, CampaignService campaigns,
            Clock clock) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.timeline = timeline;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /**
     * Declared and Safe institutions under the unit from the start of the campaign's issue day (Vietnam's time) up
     * to now: one point an hour (a day for long campaigns), the last one exactly now.
     */
    @PreAuthorize(Roles.IS_USER)
    public List<TrendPoint> declaredOverTime(long campaignId, long unitId) {
        CampaignInfo campaign = campaigns.find(campaignId).orElseThrow(NotFound::new);
        OrgUnitInfo unit = jurisdiction.require(unitId);
        Instant start = campaign.issuedOn().atStartOfDay(Zones.VIETNAM).toInstant();
        Instant now = clock.instant();
        if (!now.isAfter(start)) {
            return List.of(new TrendPoint(now, 0, 0));
        }
        Duration step = Duration.between(start, now).compareTo(HOURLY_UP_TO) <= 0 ? Duration.ofHours(1)
                : Duration.ofDays(1);
        int whole = (int) (Duration.between(start, now).toMillis() / step.toMillis());
        boolean endsOnAStep = start.plus(step.multipliedBy(whole)).equals(now);
        int last = endsOnAStep ? whole : whole + 1;
        long[] declared = new long[last + 1];
        long[] safe = new long[last + 1];
        // the schools the dashboard counts now: under the unit in today's tree, the campaign's members
        SchoolSql schools = timeline.schools(new SchoolCount(unit.id(), campaign.scopeUnitId(), campaign.closedAt(),
                null, Structure.TODAY));
        jdbc.sql(CHANGES.formatted(schools.from(), schools.where())).params(schools.params())
                .param("campaignId", campaign.id())
                .param("start", Timestamp.from(start))
                .param("stepMicros", step.toNanos() / 1000)
                .param("until", Timestamp.from(now))
                .query((ResultSet rs) -> {
                    int at = (int) Math.min(rs.getLong("step"), last);
                    declared[at] += rs.getLong("declared");
                    safe[at] += rs.getLong("safe");
                });
        List<TrendPoint> points = new ArrayList<>(last + 1);
        long declaredSoFar = 0;
        long safeSoFar = 0;
        for (int i = 0; i <= last; i++) {
            declaredSoFar += declared[i];
            safeSoFar += safe[i];
            Instant at = i == last ? now : start.plus(step.multipliedBy(i));
            points.add(new TrendPoint(at, declaredSoFar, safeSoFar));
        }
        return points;
    }
}
