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

/** Rollup timings on the Gia Lai demo province. Run on purpose: see docs/benchmarks.md. */
@Tag("benchmark")
@SpringBootTest(properties = "safeschool.embedded-db.data-dir=${SAFESCHOOL_BENCH_DIR:data/bench-gialai}/mariadb")
@ActiveProfiles("demo")
class GiaLaiRollupBenchmark {

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
    void prints_rollup_timings_for_gia_lai() {
        RollupBenchmark.run("Gia Lai", "307/SGDĐT-VP", "38", "3801", "Lê Lợi",
                LocalDateTime.of(2021, 2, 25, 11, 0).atZone(Zones.VIETNAM).toInstant(), system, rollups, org,
                campaigns, jdbc);
    }
}
