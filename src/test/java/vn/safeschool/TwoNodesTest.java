package vn.safeschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.dialect.MariaDBDialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.declaration.DeclarationInfo;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.declaration.SubmissionInfo;
import vn.safeschool.org.OrgService;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;

/**
 * Two instances of the application on different ports against one database, as behind a load balancer: node A is
 * the suite's running server, node B a second application started here against node A's database (no demo
 * profile: it loads nothing, it only connects). Nothing is cached between the two: what one node saves, the other
 * shows at once, and two people saving one declaration through different nodes lose nothing.
 */
@RunningServerTest
@IntegrationTest
class TwoNodesTest {

    private static ConfigurableApplicationContext nodeB;

    @Autowired
    ApplicationContext nodeA;
    @LocalServerPort
    int portA;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    /** Node B: the same application, its own web server and pool, node A's database URL — what an operator runs. */
    @BeforeAll
    static void startNodeB(@Autowired HikariDataSource database) {
        nodeB = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "--spring.jpa.database-platform=" + MariaDBDialect.class.getName(),
                "--spring.application.name=safeschool-node-b");
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void both_nodes_serve_the_sign_in_page_on_their_own_ports() throws Exception {
        int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
        assertThat(portB).isNotEqualTo(portA);
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (int port : new int[] {portA, portB}) {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void both_nodes_show_the_same_province_numbers() {
        UnitRollup onA = as(nodeA, "lanhdao", () -> provinceRollup(nodeA));
        UnitRollup onB = as(nodeB, "lanhdao", () -> provinceRollup(nodeB));

        assertThat(onB).isEqualTo(onA);
        assertThat(onB.institutions()).isEqualTo(882);
        assertThat(onB.safe()).isEqualTo(685);
        assertThat(onB.notDeclared()).isEqualTo(44);
    }

    @Test
    void a_declaration_saved_on_one_node_shows_at_once_in_the_other_nodes_rollup_and_page() {
        CampaignInfo campaign = newCampaign("TEST-2NODES-ROLLUP-");
        long school = unitId("38010001");
        long pleiku = unitId("3801");
        Map<Integer, AnswerInput> allMet = answers(campaign, true);
        Map<Integer, AnswerInput> noneMet = answers(campaign, false);
        RollupFilter filter = RollupFilter.now(campaign.id());
        UnitRollup before = as(nodeB, "lanhdao", () -> nodeB.getBean(RollupService.class).of(filter, pleiku));

        DeclarationInfo first = as(nodeA, "ht.pleiku", () -> nodeA.getBean(DeclarationService.class)
                .submit(school, campaign.id(), allMet, null));

        UnitRollup after = as(nodeB, "lanhdao", () -> nodeB.getBean(RollupService.class).of(filter, pleiku));
        assertThat(after.notDeclared()).isEqualTo(before.notDeclared() - 1);
        assertThat(after.safe()).isEqualTo(before.safe() + 1);
        assertSame(as(nodeB, "lanhdao", () -> nodeB.getBean(DeclarationService.class).details(school, campaign.id())
                .current()), first);

        // node B has read the declaration: a second save on node A must not leave node B with the first one
        DeclarationInfo second = as(nodeA, "ht.pleiku", () -> nodeA.getBean(DeclarationService.class)
                .submit(school, campaign.id(), noneMet, first.version()));
        assertSame(as(nodeB, "lanhdao", () -> nodeB.getBean(DeclarationService.class).details(school, campaign.id())
                .current()), second);
        UnitRollup then = as(nodeB, "lanhdao", () -> nodeB.getBean(RollupService.class).of(filter, pleiku));
        assertThat(then.unsafe()).isEqualTo(before.unsafe() + 1);
        assertThat(then.safe()).isEqualTo(before.safe());
    }

    @Test
    void of_two_saves_of_one_declaration_through_two_nodes_at_once_one_is_stored_and_the_other_refused()
            throws Exception {
        CampaignInfo campaign = newCampaign("TEST-2NODES-RACE-");
        long school = unitId("38010001");
        Map<Integer, AnswerInput> allMet = answers(campaign, true);
        Map<Integer, AnswerInput> noneMet = answers(campaign, false);
        long version = as(nodeA, "ht.pleiku", () -> nodeA.getBean(DeclarationService.class)
                .submit(school, campaign.id(), allMet, null)).version();
        int rounds = 5;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                long loaded = version;
                CountDownLatch start = new CountDownLatch(1);
                // the principal on node A, the district office on node B, each from the form it loaded
                Future<Object> principal = pool.submit(save(start, () -> as(nodeA, "ht.pleiku",
                        () -> nodeA.getBean(DeclarationService.class)
                                .submit(school, campaign.id(), noneMet, loaded))));
                Future<Object> office = pool.submit(save(start, () -> as(nodeB, "pgd.pleiku",
                        () -> nodeB.getBean(DeclarationService.class)
                                .submitOnBehalf(school, campaign.id(), allMet, loaded, "Phòng GDĐT nhập hộ"))));
                start.countDown();
                List<Object> outcomes = List.of(principal.get(60, TimeUnit.SECONDS),
                        office.get(60, TimeUnit.SECONDS));

                assertThat(outcomes).filteredOn(DeclarationInfo.class::isInstance).hasSize(1);
                assertThat(outcomes).filteredOn(RuleViolation.class::isInstance).hasSize(1);
                DeclarationInfo stored = (DeclarationInfo) outcomes.stream()
                        .filter(DeclarationInfo.class::isInstance).findFirst().orElseThrow();
                RuleViolation refused = (RuleViolation) outcomes.stream()
                        .filter(RuleViolation.class::isInstance).findFirst().orElseThrow();
                SubmissionInfo latest = as(nodeB, "lanhdao",
                        () -> nodeB.getBean(DeclarationService.class).history(school, campaign.id())).getFirst();
                // "changed by X at T — reload": X is whoever was stored
                assertThat(refused.messageKey()).isEqualTo("declaration.error.changed-meanwhile");
                assertThat(refused.arguments()[0]).isEqualTo(latest.submittedByName())
                        .isIn("Phạm Thị Thu Hà", "Lê Văn Hải");
                assertThat(latest.onBehalf()).isEqualTo(outcomes.get(1) == stored);
                version = stored.version();
            }
        } finally {
            pool.shutdownNow();
        }

        List<SubmissionInfo> history = as(nodeB, "lanhdao",
                () -> nodeB.getBean(DeclarationService.class).history(school, campaign.id()));
        assertThat(history).hasSize(1 + rounds);
        assertThat(history).extracting(SubmissionInfo::revision).containsExactly(6, 5, 4, 3, 2, 1);
        assertThat(as(nodeA, "lanhdao", () -> nodeA.getBean(DeclarationService.class).find(school, campaign.id()))
                .orElseThrow().version()).isEqualTo(version);
    }

    /** The same declaration at the same version (the database rounds to microseconds, the saving node had nanos). */
    private static void assertSame(DeclarationInfo read, DeclarationInfo saved) {
        assertThat(read.id()).isEqualTo(saved.id());
        assertThat(read.version()).isEqualTo(saved.version());
        assertThat(read.assessment()).isEqualTo(saved.assessment());
        assertThat(read.submittedAt()).isCloseTo(saved.submittedAt(), within(1, ChronoUnit.MICROS));
    }

    private static Callable<Object> save(CountDownLatch start, Supplier<Object> work) {
        return () -> {
            start.await();
            try {
                return work.get();
            } catch (RuleViolation refused) {
                return refused;
            }
        };
    }

    /** Runs the work signed in as a demo account on that node, as its sign-in page would have done. */
    private <T> T as(ApplicationContext node, String username, Supplier<T> work) {
        SecurityContextHolderStrategy contexts = node.getBean(SecurityContextHolderStrategy.class);
        DemoSignIn.as(username, demoPassword, node.getBean(UserDetailsService.class),
                node.getBean(PasswordEncoder.class), contexts);
        try {
            return work.get();
        } finally {
            DemoSignIn.out(contexts);
        }
    }

    private UnitRollup provinceRollup(ApplicationContext node) {
        long campaign = node.getBean(CampaignService.class).findByDocNumber("307/SGDĐT-VP").orElseThrow().id();
        long department = node.getBean(OrgService.class).findByCode("38").orElseThrow().id();
        return node.getBean(RollupService.class).of(RollupFilter.now(campaign), department);
    }

    /** A campaign of the test's own, created on node A (issued before 307, so the demo's numbers stay). */
    private CampaignInfo newCampaign(String prefix) {
        CampaignInfo created = as(nodeA, "vanphong", () -> nodeA.getBean(CampaignService.class).create(new NewCampaign(
                prefix + System.nanoTime(), "Hai máy chủ, một cơ sở dữ liệu", LocalDate.of(2020, 10, 1),
                LocalDateTime.of(2021, 12, 31, 11, 0),
                nodeA.getBean(OrgService.class).findByCode("38").orElseThrow().id(),
                nodeA.getBean(ChecklistService.class).find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(),
                7, false)));
        assertThat(as(nodeB, "lanhdao", () -> nodeB.getBean(CampaignService.class).find(created.id())))
                .contains(created);
        return created;
    }

    private long unitId(String code) {
        return as(nodeA, "lanhdao", () -> nodeA.getBean(OrgService.class).findByCode(code).orElseThrow().id());
    }

    private Map<Integer, AnswerInput> answers(CampaignInfo campaign, boolean met) {
        return as(nodeA, "lanhdao", () -> nodeA.getBean(ChecklistService.class).find(campaign.checklistVersionId())
                .orElseThrow().criteria().stream()
                .collect(Collectors.toMap(CriterionInfo::number, c -> new AnswerInput(met, null))));
    }
}
