package vn.safeschool.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its data and which port it takes.
 *
 * @param port    TCP port on 127.0.0.1; 0 picks a free one (tests)
 * @param dataDir data directory kept across restarts; blank means a throwaway directory (tests)
 * @param database name of the schema the application uses
 */
@ConfigurationProperties("safeschool.embedded-db")
public record EmbeddedDatabaseProperties(int port, String dataDir, String database) {

    public EmbeddedDatabaseProperties {
        if (database == null || database.isBlank()) {
            database = "safeschool";
        }
        if (dataDir == null) {
            dataDir = "";
        }
    }
}
