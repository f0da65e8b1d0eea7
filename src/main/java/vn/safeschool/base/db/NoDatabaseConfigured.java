package vn.safeschool.base.db;

/** The application was started with no database: {@link NoDatabaseFailureAnalyzer} tells the operator what to set. */
public class NoDatabaseConfigured extends IllegalStateException {

    NoDatabaseConfigured() {
        super("No database configured: set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and "
                + "SPRING_DATASOURCE_PASSWORD) to the MySQL/MariaDB server, or SAFESCHOOL_EMBEDDED_DB_ENABLED=true "
                + "for the embedded MariaDB (trials only)");
    }
}
