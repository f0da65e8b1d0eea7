package vn.safeschool.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import vn.safeschool.Application;
import vn.safeschool.IntegrationTest;
import vn.safeschool.SafeSchoolTest;

/**
 * Outside the demo and the tests the application needs a database it was given; the embedded one, when asked for,
 * lets in only its own account with its password — no local process gets in without one.
 */
@SafeSchoolTest
@IntegrationTest
class EmbeddedDatabaseTest {

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    @Test
    void without_a_database_url_and_without_asking_for_the_embedded_database_the_application_refuses_to_start() {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class).main(Application.class);
        // a second logging set-up would reset the test JVM's
        builder.application().setListeners(builder.application().getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());

        assertThatThrownBy(() -> builder.run("--spring.datasource.url=", "--safeschool.embedded-db.enabled=false",
                "--server.port=0", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false").close())
                .rootCause()
                .hasMessageContaining("No database configured")
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("SAFESCHOOL_EMBEDDED_DB_ENABLED=true");
    }

    @Test
    void the_embedded_database_lets_in_its_own_account_with_its_password_and_nobody_without_one() throws Exception {
        EmbeddedMariaDb server = embedded.getIfAvailable();
        assumeTrue(server != null, "the suite runs on an external server (SAFESCHOOL_TEST_DB_URL)");
        String url = server.jdbcUrl();

        for (String user : new String[] {"root", EmbeddedMariaDb.USERNAME, "anybody", ""}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, user, "").close())
                    .as("%s without a password", user).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedMariaDb.USERNAME, "wrong").close())
                .isInstanceOf(SQLException.class);
        try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
                ResultSet row = connection.createStatement().executeQuery(
                        "SELECT CURRENT_USER(), (SELECT COUNT(*) FROM mysql.global_priv WHERE User = '')")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("safeschool@127.0.0.1");
            assertThat(row.getLong(2)).as("anonymous accounts").isZero();
        }
    }
}
