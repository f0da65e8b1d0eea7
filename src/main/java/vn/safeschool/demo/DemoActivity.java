package vn.safeschool.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When the latest thing happened in the demo database: the demo clock resumes after it. */
@Component
@Profile("demo")
class DemoActivity {

    private final JdbcClient jdbc;

    DemoActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Nullable
    Instant latest() {
        Timestamp latest = jdbc.sql("""
                SELECT GREATEST(
                    COALESCE((SELECT MAX(submitted_at) FROM declaration_submission), '1970-01-01'),
                    COALESCE((SELECT MAX(last_login_at) FROM app_user), '1970-01-01'),
                    COALESCE((SELECT MAX(occurred_at) FROM audit_event), '1970-01-01'))""")
                .query(Timestamp.class).single();
        return latest == null || latest.toInstant().getEpochSecond() <= 0 ? null : latest.toInstant();
    }
}
