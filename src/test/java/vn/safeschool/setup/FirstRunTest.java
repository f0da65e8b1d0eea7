package vn.safeschool.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.Application;
import vn.safeschool.DemoSignIn;
import vn.safeschool.IntegrationTest;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.db.EmbeddedMariaDb;
import vn.safeschool.security.AccountService;
import vn.safeschool.unitimport.ImportFixture;
import vn.safeschool.unitimport.ImportResult;
import vn.safeschool.unitimport.ImportService;

/**
 * A production installation's first run, on an empty MariaDB of its own (beside the suite's), as the README's
 * "Production" section has it: the SAFESCHOOL_BOOTSTRAP_* settings make the department and its first staff account,
 * whose one-time password is in the log and must be changed at the first sign-in; that account imports the units;
 * a second start with the settings still set creates nothing.
 */
@SafeSchoolTest
@ExtendWith(OutputCaptureExtension.class)
@IntegrationTest
class FirstRunTest {

    private static final Pattern ONE_TIME = Pattern.compile("one-time password (\\S+) ");

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    @Test
    void on_an_empty_database_the_bootstrap_settings_make_the_department_and_a_staff_account_once_audited(
            CapturedOutput output) {
        EmbeddedMariaDb suite = embedded.getIfAvailable();
        assumeTrue(suite != null, "needs the embedded server to start an empty one beside it");
        EmbeddedMariaDb empty = suite.startAnother("safeschool");
        try {
            try (ConfigurableApplicationContext app = startOn(empty, "Sở Giáo dục và Đào tạo Thử nghiệm")) {
                Matcher logged = ONE_TIME.matcher(output.getOut());
                assertThat(logged.find()).as("the one-time password, in the log").isTrue();
                String oneTime = logged.group(1);
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("SELECT CONCAT(code, ' ', kind, ' ', name) FROM org_unit").query(String.class)
                        .list()).containsExactly("99 DEPARTMENT Sở Giáo dục và Đào tạo Thử nghiệm");
                assertThat(jdbc.sql("SELECT CONCAT(username, ' ', role, ' ', must_change_password) FROM app_user")
                        .query(String.class).list()).containsExactly("admin.so DEPARTMENT_STAFF 1");
                assertThat(actions(jdbc)).containsExactlyInAnyOrder("UNIT_CREATED", "ACCOUNT_CREATED", "FIRST_RUN");

                signInAndImport(app, oneTime);
                assertThat(ImportFixture.units(jdbc)).isEqualTo(3);
            }
            try (ConfigurableApplicationContext again = startOn(empty, "Một Sở khác")) {
                JdbcClient jdbc = again.getBean(JdbcClient.class);
                assertThat(ImportFixture.units(jdbc)).as("nothing created the second time").isEqualTo(3);
                assertThat(ImportFixture.accounts(jdbc)).isEqualTo(1);
                assertThat(actions(jdbc)).filteredOn("FIRST_RUN"::equals).hasSize(1);
                assertThat(output.getOut()).contains("SAFESCHOOL_BOOTSTRAP_* ignored");
            }
        } finally {
            empty.stop();
        }
    }

    /** Signs in with the one-time password, is asked for a new one, chooses it, and imports an office and a school. */
    private static void signInAndImport(ConfigurableApplicationContext app, String oneTime) {
        SecurityContextHolderStrategy contexts = app.getBean(SecurityContextHolderStrategy.class);
        DemoSignIn.as("admin.so", oneTime, app.getBean(UserDetailsService.class), app.getBean(PasswordEncoder.class),
                contexts);
        try {
            AccountService accounts = app.getBean(AccountService.class);
            assertThat(accounts.me().mustChangePassword()).as("asked to change it at once").isTrue();
            accounts.changeMyPassword(oneTime, "Chon-Mat-Khau-Moi-2026");
            assertThat(accounts.me().mustChangePassword()).isFalse();

            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("9901", "Phòng GDĐT Thử nghiệm", "Phòng GDĐT", "", "99", "", "", ""));
            rows.add(List.of("99010001", "Trường Tiểu học Thử nghiệm", "Tiểu học", "Công lập", "9901", "", "", ""));
            ImportResult result = app.getBean(ImportService.class).commit("don-vi.csv",
                    ImportFixture.utf8(ImportFixture.csv(ImportFixture.VIETNAMESE_HEADER, rows)));
            assertThat(result.created()).isEqualTo(2);
        } finally {
            DemoSignIn.out(contexts);
        }
    }

    private static List<String> actions(JdbcClient jdbc) {
        return jdbc.sql("SELECT action FROM audit_event").query(String.class).list();
    }

    /** The application as production starts it: its own database, no demo profile, the first-run settings. */
    private static ConfigurableApplicationContext startOn(EmbeddedMariaDb server, String departmentName) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class).main(Application.class);
        // a second logging set-up would reset the test JVM's
        builder.application().setListeners(builder.application().getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return builder.run("--spring.datasource.url=" + server.jdbcUrl(),
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password(),
                "--spring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect", "--server.port=0",
                "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
                "--safeschool.bootstrap.department-code=99", "--safeschool.bootstrap.department-name=" + departmentName,
                "--safeschool.bootstrap.username=admin.so", "--safeschool.bootstrap.full-name=Nguyễn Thị Quản Trị",
                "--safeschool.bootstrap.email=quantri@so.example.vn");
    }
}
