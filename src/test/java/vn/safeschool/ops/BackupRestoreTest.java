package vn.safeschool.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.Application;
import vn.safeschool.DemoSignIn;
import vn.safeschool.IntegrationTest;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.db.EmbeddedMariaDb;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.OrgService;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;

/**
 * The README's backup and restore, done for real: {@code mariadb-dump} of the test database (the demo province and
 * whatever earlier tests added), restored with the {@code mariadb} client into a second, empty server, and the
 * application started on it as in production (no demo profile), which must show directive 307's numbers.
 */
@SafeSchoolTest
@IntegrationTest
class BackupRestoreTest {

    private static final String DATABASE = "safeschool";
    private static final Pattern DEFINER = Pattern.compile("/\\*!50017 DEFINER=[^*]*\\*/ ?");

    @Autowired
    EmbeddedMariaDb source;
    @Autowired
    JdbcClient jdbc;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @TempDir
    Path work;

    @Test
    void a_dump_of_the_demo_database_restores_into_an_empty_server_and_the_application_runs_on_it_unchanged()
            throws Exception {
        long auditRows = count(jdbc, "audit_event");
        long units = count(jdbc, "org_unit");
        long submissions = count(jdbc, "declaration_submission");
        Path dump = work.resolve("safeschool.sql");
        run(null, source.program("mariadb-dump"), "--host=127.0.0.1", "--port=" + source.port(),
                "--user=" + source.username(), "--password=" + source.password(), "--skip-ssl",
                "--single-transaction", "--routines", "--triggers", "--result-file=" + dump, DATABASE);

        // the triggers' DEFINER names the account that created them, which the new server may not have: restore
        // them as the restoring account, as the README says
        Files.writeString(dump, DEFINER.matcher(Files.readString(dump)).replaceAll(""));

        EmbeddedMariaDb target = source.startAnother(DATABASE);
        try {
            run(null, target.program("mariadb"), "--host=127.0.0.1", "--port=" + target.port(),
                    "--user=" + target.username(), "--password=" + target.password(), "--skip-ssl", "-e",
                    "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            run(dump, target.program("mariadb"), "--host=127.0.0.1", "--port=" + target.port(),
                    "--user=" + target.username(), "--password=" + target.password(), "--skip-ssl",
                    DATABASE);

            try (ConfigurableApplicationContext restored = startOn(target)) {
                JdbcClient restoredJdbc = restored.getBean(JdbcClient.class);
                assertThat(count(restoredJdbc, "audit_event")).as("the audit log came along").isEqualTo(auditRows);
                assertThat(count(restoredJdbc, "org_unit")).as("nothing loaded twice").isEqualTo(units);
                assertThat(count(restoredJdbc, "declaration_submission")).isEqualTo(submissions);
                assertThatThrownBy(() -> restoredJdbc.sql("DELETE FROM audit_event ORDER BY id LIMIT 1").update())
                        .as("the append-only triggers came along").isInstanceOf(DataAccessException.class);

                assertThat(rollupOf307(restored)).satisfies(counts -> {
                    assertThat(counts.institutions()).isEqualTo(882);
                    assertThat(counts.safe()).isEqualTo(685);
                    assertThat(counts.atRisk()).isEqualTo(126);
                    assertThat(counts.unsafe()).isEqualTo(27);
                    assertThat(counts.notDeclared()).isEqualTo(44);
                });

                int port = restored.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
                assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
                assertThat(get(port, "/actuator/prometheus").statusCode())
                        .as("served without credentials to a trusted network (here the default, 127.0.0.1)")
                        .isEqualTo(200);
            }
        } finally {
            target.stop();
        }
    }

    /** The leadership's view of campaign 307 in the restored application: its accounts came along too. */
    private UnitRollup rollupOf307(ConfigurableApplicationContext restored) {
        SecurityContextHolderStrategy contexts = restored.getBean(SecurityContextHolderStrategy.class);
        DemoSignIn.as("lanhdao", demoPassword, restored.getBean(UserDetailsService.class),
                restored.getBean(PasswordEncoder.class), contexts);
        try {
            long campaignId = restored.getBean(CampaignService.class).findByDocNumber("307/SGDĐT-VP").orElseThrow()
                    .id();
            long departmentId = restored.getBean(OrgService.class).findByCode("38").orElseThrow().id();
            return restored.getBean(RollupService.class).of(RollupFilter.now(campaignId), departmentId);
        } finally {
            DemoSignIn.out(contexts);
        }
    }

    /**
     * The application as production starts it: an external database by {@code SPRING_DATASOURCE_*}, no demo
     * profile. Logging is left as the test JVM has it (a second logging set-up would reset it for everyone).
     */
    private static ConfigurableApplicationContext startOn(EmbeddedMariaDb server) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class).main(Application.class);
        builder.application().setListeners(builder.application().getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return builder.run("--spring.datasource.url=" + server.jdbcUrl(),
                "--spring.datasource.username=" + server.username(), "--spring.datasource.password=" + server.password(),
                "--spring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect", "--server.port=0",
                "--safeschool.management.trusted-networks=127.0.0.1/32,::1/128");
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs one of MariaDB's programs, its standard input from {@code input} if given; fails with its output. */
    private void run(Path input, Path program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("mariadb.out").toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(program + " finished").isTrue();
        assertThat(process.exitValue()).as(program + ": " + Files.readString(work.resolve("mariadb.out"),
                StandardCharsets.UTF_8)).isZero();
    }
}
