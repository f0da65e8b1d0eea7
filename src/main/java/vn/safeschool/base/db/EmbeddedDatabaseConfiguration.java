package vn.safeschool.base.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.dialect.MariaDBDialect;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without an external database ({@code spring.datasource.url} unset) the embedded MariaDB starts — but only when
 * asked for ({@code safeschool.embedded-db.enabled}: the demo profile and the tests): a production start that forgot
 * its database must not quietly keep its data in a local directory. With an external MySQL/MariaDB none of this is
 * created.
 */
class EmbeddedDatabaseConfiguration {

    private static final String NO_URL = "'${spring.datasource.url:}'.isBlank()";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(NO_URL + " and ${safeschool.embedded-db.enabled:false}")
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class Embedded {

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
                    .username(server.username())
                    .password(server.password())
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

    /** Neither an external database nor the embedded one asked for: refuse to start, saying what to set. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(NO_URL + " and !${safeschool.embedded-db.enabled:false}")
    static class Missing {

        @Bean
        DataSource dataSource() {
            throw new NoDatabaseConfigured();
        }
    }
}
