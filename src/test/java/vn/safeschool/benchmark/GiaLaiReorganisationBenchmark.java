package vn.safeschool.benchmark;

import java.time.Clock;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import vn.safeschool.base.Zones;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.StructureService;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.security.SystemTask;

/** The July 2025 arrangement on the Gia Lai demo province, rolled back afterwards. Run on purpose: docs/benchmarks.md. */
@Tag("benchmark")
@SpringBootTest(properties = "safeschool.embedded-db.data-dir=${SAFESCHOOL_BENCH_DIR:data/bench-gialai}/mariadb")
@ActiveProfiles("demo")
class GiaLaiReorganisationBenchmark {

    @Autowired
    SystemTask system;
    @Autowired
    RollupService rollups;
    @Autowired
    OrgService org;
    @Autowired
    CampaignService campaigns;
    @Autowired
    StructureService structure;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @Test
    void prints_the_arrangement_and_rollup_timings_for_gia_lai() {
        ReorganisationBenchmark.run("Gia Lai", "307/SGDĐT-VP", "38", "3801",
                LocalDateTime.of(2021, 2, 25, 11, 0).atZone(Zones.VIETNAM).toInstant(),
                new ReorganisationBenchmark.Tools(system, rollups, org, campaigns, structure, jdbc, transactions,
                        clock));
    }
}
