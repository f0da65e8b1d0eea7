package vn.safeschool.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.AppClock;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.UnitKind;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.StatusFilter;
import vn.safeschool.oversight.UnitRollup;
import vn.safeschool.security.SystemTask;

/**
 * The oversight grid and the reminders mean the same by each state: on the demo province's schools in campaign 307,
 * the schools the grid's filter shows are the schools the reminders take for that state, and an office's counts in
 * a reminder are the grid's.
 */
@SafeSchoolTest
class StatusMeaningTest {

    @Autowired
    UnitFacts facts;
    @Autowired
    RollupService rollups;
    @Autowired
    CampaignService campaigns;
    @Autowired
    OrgService org;
    @Autowired
    SystemTask system;
    @Autowired
    AppClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void each_state_picks_the_same_schools_in_the_grid_and_in_the_reminders() {
        system.run(() -> {
            CampaignInfo campaign = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
            long province = org.findByCode("38").orElseThrow().id();
            samePicks(campaign, province);
            // not vacuous: the province has schools that lag and schools that do not
            assertThat(picks(campaign, province, StatusFilter.LAGGING)).isNotEmpty()
                    .hasSizeLessThan(inGrid(campaign, province, Set.of()).size());
        });
    }

    @Test
    void each_state_picks_the_same_schools_in_the_grid_and_in_the_reminders_when_half_the_declarations_are_stale() {
        system.run(() -> {
            CampaignInfo campaign = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
            long province = org.findByCode("38").orElseThrow().id();
            Instant median = jdbc.sql("""
                    SELECT submitted_at FROM declaration WHERE campaign_id = :campaignId ORDER BY submitted_at
                    LIMIT 1 OFFSET :half""").param("campaignId", campaign.id())
                    .param("half", jdbc.sql("SELECT COUNT(*) FROM declaration WHERE campaign_id = :campaignId")
                            .param("campaignId", campaign.id()).query(Long.class).single() / 2)
                    .query(Timestamp.class).single().toInstant();
            Duration offsetBefore = Duration.between(Instant.now(), clock.instant());
            // a minute past the median declaration's freshness: the later half is fresh, the earlier half stale
            clock.travelTo(median.plus(Duration.ofDays(campaign.freshnessDays())).plus(Duration.ofMinutes(1)));
            try {
                assertThat(picks(campaign, province, Set.of(StatusFilter.STALE))).isNotEmpty()
                        .hasSizeLessThan(inGrid(campaign, province, Set.of()).size());
                samePicks(campaign, province);
            } finally {
                clock.travelTo(Instant.now().plus(offsetBefore));
            }
        });
    }

    @Test
    void an_offices_counts_in_a_reminder_are_the_grids() {
        system.run(() -> {
            CampaignInfo campaign = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
            long pleiku = org.findByCode("3801").orElseThrow().id();
            UnitState office = facts.of(campaign, List.of(pleiku), "%").get(pleiku);
            UnitRollup grid = rollups.of(RollupFilter.now(campaign.id()), pleiku);

            assertThat(List.of(office.institutions(), office.declared(), office.notDeclared(), office.unsafe(),
                    office.atRisk())).isEqualTo(List.of(grid.institutions(), grid.declared(), grid.notDeclared(),
                            grid.unsafe(), grid.atRisk()));
        });
    }

    private void samePicks(CampaignInfo campaign, long unitId) {
        for (StatusFilter status : StatusFilter.values()) {
            assertThat(picks(campaign, unitId, Set.of(status))).as(status.name())
                    .containsExactlyInAnyOrderElementsOf(inGrid(campaign, unitId, Set.of(status)));
        }
        assertThat(picks(campaign, unitId, StatusFilter.LAGGING))
                .containsExactlyInAnyOrderElementsOf(inGrid(campaign, unitId, StatusFilter.LAGGING));
    }

    /** The schools under the unit the reminders take as being in any of these states. */
    private List<Long> picks(CampaignInfo campaign, long unitId, Set<StatusFilter> statuses) {
        Instant staleBefore = clock.instant().minus(Duration.ofDays(campaign.freshnessDays()));
        return facts.schoolsIn(campaign, unitId, statuses, staleBefore);
    }

    /** The schools under the unit that the grid, filtered to these states, shows, opening each office it shows. */
    private List<Long> inGrid(CampaignInfo campaign, long unitId, Set<StatusFilter> statuses) {
        List<Long> schools = new ArrayList<>();
        for (UnitRollup row : rollups.children(RollupFilter.now(campaign.id()).onlyStatuses(statuses), unitId,
                Comparator.comparing(r -> r.unit().code()))) {
            if (row.unit().kind() == UnitKind.SCHOOL) {
                schools.add(row.unit().id());
            } else {
                schools.addAll(inGrid(campaign, row.unit().id(), statuses));
            }
        }
        return schools;
    }
}
