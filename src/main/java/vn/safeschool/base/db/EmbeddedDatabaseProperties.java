package vn.safeschool.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its data and which port it takes.
 *
 * @param port    TCP port on 127.0.0.1; 0 picks a free one (tests)
 * @param dataDir data directory kept across restarts; blank means a throwaway directory (tests)
 * @param database   name of the schema the application uses
 * @param bufferPool InnoDB's buffer pool, e.g. {@code 1G}; blank: the server's default (128 MB), plenty for a
 *                   province — a national dataset is larger (docs/benchmarks.md)
 */
@ConfigurationProperties("safeschool.embedded-db")
public record EmbeddedDatabaseProperties(int port, String dataDir, String database, String bufferPool) {

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
    }
}
