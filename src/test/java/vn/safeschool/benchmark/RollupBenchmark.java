package vn.safeschool.benchmark;

import java.time.Instant;
import java.util.Comparator;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

/** The measurements, for whichever dataset the calling test class has loaded. */
final class RollupBenchmark {

    private static final Comparator<UnitRollup> BY_NAME = Comparator.comparing(r -> r.unit().name());

    private RollupBenchmark() {
    }

    static void run(String dataset, String campaignNumber, String rootCode, String districtCode, String search,
            Instant asOf, SystemTask system, RollupService rollups, OrgService org, CampaignService campaigns,
            JdbcClient jdbc) {
        system.run(() -> {
            long campaign = campaigns.findByDocNumber(campaignNumber).orElseThrow().id();
            long root = org.findByCode(rootCode).orElseThrow().id();
            long district = org.findByCode(districtCode).orElseThrow().id();
            RollupFilter now = RollupFilter.now(campaign);
            RollupFilter then = now.asOf(asOf);

            double rootNow = RollupTimer.medianMillis(() -> rollups.level(now, root, BY_NAME).children().size());
            double rootFloor = RollupTimer.medianMillis(() -> FloorSql.children(jdbc, campaign, root, null));
            RollupTimer.print(dataset, "root + first page, now", rootNow, rootFloor);

            double rootThen = RollupTimer.medianMillis(() -> rollups.level(then, root, BY_NAME).children().size());
            double rootThenFloor = RollupTimer.medianMillis(() -> FloorSql.children(jdbc, campaign, root, asOf));
            RollupTimer.print(dataset, "root + first page, as of", rootThen, rootThenFloor);
            System.out.printf("BENCH %-9s %-34s %8.2f%n", dataset, "as of / now (root)", rootThen / rootNow);

            double expand = RollupTimer.medianMillis(() -> rollups.children(now, district, BY_NAME).size());
            double expandFloor = RollupTimer.medianMillis(() -> FloorSql.children(jdbc, campaign, district, null));
            RollupTimer.print(dataset, "expand one district, now", expand, expandFloor);
            double expandThen = RollupTimer.medianMillis(() -> rollups.children(then, district, BY_NAME).size());
            RollupTimer.print(dataset, "expand one district, as of", expandThen,
                    RollupTimer.medianMillis(() -> FloorSql.children(jdbc, campaign, district, asOf)));

            RollupTimer.print(dataset, "search \"" + search + "\"",
                    RollupTimer.medianMillis(() -> org.search(search, 0, 20).size()));
        });
    }
}
