package vn.safeschool.benchmark;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.safeschool.base.Zones;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

/**
 * Rollup timings on the national dataset (63 provinces, 693 offices, 50,000 institutions, 10 submissions each),
 * generated on the first run into its own data directory. Run on purpose: see docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(properties = "safeschool.embedded-db.data-dir=${SAFESCHOOL_BENCH_DIR:data/bench-national}/mariadb")
@ActiveProfiles("national")
class NationalRollupBenchmark {

    @Autowired
    SystemTask system;
    @Autowired
    RollupService rollups;
    @Autowired
    OrgService org;
    @Autowired
    CampaignService campaigns;
    @Autowired
    JdbcClient jdbc;

    @Test
    void prints_rollup_timings_for_the_whole_country() {
        RollupBenchmark.run("national", "QG-2021/BGDĐT", "BGDDT", "P01D01", "S001",
                LocalDateTime.of(2021, 3, 1, 11, 0).atZone(Zones.VIETNAM).toInstant(), system, rollups, org,
                campaigns, jdbc);
    }
}
