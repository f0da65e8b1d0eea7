package vn.safeschool;

import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.dialect.MariaDBDialect;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A freshly started application of its own, with settings of its own, on the suite's database (already migrated,
 * demo accounts in it): for what the shared running server cannot show — its first requests, another proxy or
 * session set-up. No demo profile; logging is left as the test JVM has it (a second logging set-up would reset it
 * for everyone, output capture included).
 */
public final class SecondServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** @param settings more application arguments, {@code --name=value} */
    public static SecondServer start(HikariDataSource database, String... settings) {
        return start(database, List.of(), settings);
    }

    /** @param configurations more configuration classes (test beans) */
    public static SecondServer start(HikariDataSource database, List<Class<?>> configurations, String... settings) {
        List<Class<?>> sources = new ArrayList<>(List.of(Application.class));
        sources.addAll(configurations);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .main(Application.class);
        builder.application().setListeners(builder.application().getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "--spring.jpa.database-platform=" + MariaDBDialect.class.getName(), "--spring.liquibase.enabled=false",
                "--spring.jmx.enabled=false", "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(settings));
        return new SecondServer(builder.run(arguments.toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
