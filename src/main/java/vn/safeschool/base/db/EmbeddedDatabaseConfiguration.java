package vn.safeschool.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.dialect.MariaDBDialect;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Starts the embedded MariaDB when no external database is configured ({@code spring.datasource.url} unset),
 * i.e. for the run command and the tests. With an external MySQL/MariaDB none of this is created.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.obtain(properties);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("com.mysql.cj.jdbc.Driver")
                .url(server.jdbcUrl())
                .username("root")
                .build();
    }

    /**
     * mysql-connector-j asks MariaDB for INFORMATION_SCHEMA.KEYWORDS, which it lacks, so Hibernate cannot detect
     * the dialect from JDBC metadata: name it.
     */
    @Bean
    HibernatePropertiesCustomizer mariaDbDialect() {
        return properties -> properties.put("hibernate.dialect", MariaDBDialect.class.getName());
    }
}
