package vn.safeschool.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the embedded MariaDB may start, where it keeps its data, which port it takes and its account's password.
 *
 * @param enabled    the embedded server starts only when asked for (the demo profile and the tests ask) and no
 *                   {@code spring.datasource.url} is set; otherwise the application refuses to start without one
 * @param port       TCP port on 127.0.0.1; 0 picks a free one (tests)
 * @param dataDir    data directory kept across restarts; blank means a throwaway directory (tests)
 * @param database   name of the schema the application uses
 * @param bufferPool InnoDB's buffer pool, e.g. {@code 1G}; blank: the server's default (128 MB), plenty for a
 *                   province — a national dataset is larger (docs/benchmarks.md)
 * @param password   the password of the server's one account ({@link EmbeddedMariaDb#USERNAME}), set at every
 *                   start; blank: a random one for this run, which only this process knows
 */
@ConfigurationProperties("safeschool.embedded-db")
public record EmbeddedDatabaseProperties(boolean enabled, int port, String dataDir, String database,
        String bufferPool, String password) {

    public EmbeddedDatabaseProperties {
        if (database == null || database.isBlank()) {
            database = "safeschool";
        }
        if (dataDir == null) {
            dataDir = "";
        }
        if (bufferPool == null) {
            bufferPool = "";
        }
        if (password == null) {
            password = "";
        }
    }
}
