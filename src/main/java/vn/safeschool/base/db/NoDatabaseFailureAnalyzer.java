package vn.safeschool.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start without a database into Spring Boot's short "APPLICATION FAILED TO START" report. */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfigured cause) {
        return new FailureAnalysis("SafeSchool was started without a database: SPRING_DATASOURCE_URL is not set, "
                + "and the embedded MariaDB (for the demo and trials) was not asked for.",
                "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to the "
                        + "production MySQL/MariaDB server (README \"Production\"), or, for a trial on this machine, "
                        + "SAFESCHOOL_EMBEDDED_DB_ENABLED=true (or the demo profile).",
                cause);
    }
}
