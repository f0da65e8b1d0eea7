package vn.safeschool.declaration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;

/**
 * Counts computed live from the declarations: one indexed query over the unit's subtree (materialized path prefix),
 * no cache that a new declaration could leave behind.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationStatistics {

    private static final String COUNTS = """
            SELECT COUNT(*) AS total,
                   COALESCE(SUM(d.status = 'SAFE'), 0) AS safe,
                   COALESCE(SUM(d.status = 'AT_RISK'), 0) AS at_risk,
                   COALESCE(SUM(d.status = 'UNSAFE'), 0) AS unsafe,
                   COALESCE(SUM(d.id IS NULL), 0) AS not_declared,
                   COALESCE(SUM(d.late), 0) AS late
            FROM org_unit u
            LEFT JOIN declaration d ON d.unit_id = u.id AND d.campaign_id = :campaignId
            WHERE u.kind = 'SCHOOL' AND u.active
              AND u.path LIKE :subtree AND u.path LIKE :scope
            """;

    private final JdbcClient jdbc;
    private final OrgService org;
    private final CampaignService campaigns;

    DeclarationStatistics(JdbcClient jdbc, OrgService org, CampaignService campaigns) {
        this.jdbc = jdbc;
        this.org = org;
        this.campaigns = campaigns;
    }

    /** The institutions under {@code unitId} (itself included) that the campaign covers. */
    public StatusCounts countsUnder(long campaignId, long unitId) {
        CampaignInfo campaign = campaigns.find(campaignId)
                .orElseThrow(() -> new RuleViolation("campaign.error.not-found", campaignId));
        OrgUnitInfo unit = org.find(unitId).orElseThrow(() -> new RuleViolation("org.error.not-found", unitId));
        String scope = org.find(campaign.scopeUnitId()).map(OrgUnitInfo::path).orElseThrow();
        return jdbc.sql(COUNTS)
                .param("campaignId", campaignId)
                .param("subtree", unit.path() + "%")
                .param("scope", scope + "%")
                .query((rs, row) -> new StatusCounts(rs.getLong("total"), rs.getLong("safe"), rs.getLong("at_risk"),
                        rs.getLong("unsafe"), rs.getLong("not_declared"), rs.getLong("late")))
                .single();
    }
}
