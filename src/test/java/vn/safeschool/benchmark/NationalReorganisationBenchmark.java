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

/**
 * The national arrangement (693 district offices split into about 3,300 communes, 50,000 schools re-parented) on the
 * national dataset, in one transaction, rolled back afterwards. Run on purpose: docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(properties = "safeschool.embedded-db.data-dir=${SAFESCHOOL_BENCH_DIR:data/bench-national}/mariadb")
@ActiveProfiles("national")
class NationalReorganisationBenchmark {

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
    void prints_the_arrangement_and_rollup_timings_for_the_whole_country() {
        ReorganisationBenchmark.run("national", "QG-2021/BGDĐT", "BGDDT", "P01D01",
                LocalDateTime.of(2021, 3, 1, 11, 0).atZone(Zones.VIETNAM).toInstant(),
                new ReorganisationBenchmark.Tools(system, rollups, org, campaigns, structure, jdbc, transactions,
                        clock));
    }
}
