package vn.safeschool.declaration;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The full names of the people a declaration's page and refusals name: who submitted, who reopened. */
@Component
class PersonNames {

    private final JdbcClient jdbc;

    PersonNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's full name; null for no person (an import without one) or an account no longer there. */
    @Nullable String of(@Nullable Long userId) {
        if (userId == null) {
            return null;
        }
        return jdbc.sql("SELECT full_name FROM app_user WHERE id = :id").param("id", userId).query(String.class)
                .optional().orElse(null);
    }
}
