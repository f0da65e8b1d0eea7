package vn.safeschool.declaration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.NotFound;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.base.Roles;
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
              AND u.path LIKE :subtree AND u.path LIKE :scope AND u.path LIKE :jurisdiction
            """;

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final CampaignService campaigns;

    DeclarationStatistics(JdbcClient jdbc, Jurisdiction jurisdiction, CampaignService campaigns) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.campaigns = campaigns;
    }

    /** The institutions under {@code unitId} (itself included) that the campaign covers. */
    @PreAuthorize(Roles.IS_USER)
    public StatusCounts countsUnder(long campaignId, long unitId) {
        CampaignInfo campaign = campaigns.find(campaignId).orElseThrow(NotFound::new);
        OrgUnitInfo unit = jurisdiction.require(unitId);
        String scope = scopePath(campaign);
        return jdbc.sql(COUNTS)
                .param("campaignId", campaignId)
                .param("subtree", unit.path() + "%")
                .param("scope", scope + "%")
                .param("jurisdiction", jurisdiction.pathPattern())
                .query((rs, row) -> new StatusCounts(rs.getLong("total"), rs.getLong("safe"), rs.getLong("at_risk"),
                        rs.getLong("unsafe"), rs.getLong("not_declared"), rs.getLong("late")))
                .single();
    }

    /** The campaign's scope path, read directly: a principal's campaign scope lies above their jurisdiction. */
    private String scopePath(CampaignInfo campaign) {
        return jdbc.sql("SELECT path FROM org_unit WHERE id = :id").param("id", campaign.scopeUnitId())
                .query(String.class).single();
    }
}
