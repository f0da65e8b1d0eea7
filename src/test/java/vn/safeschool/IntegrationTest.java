package vn.safeschool;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that drives a real browser, kills or starts another process, stops the database or starts a second
 * application or database. Such tests run in Maven's integration-test phase (Failsafe, {@code -Dit.test=}), after
 * the quick ones (Surefire, {@code -Dtest=}); both belong to {@code ./mvnw verify}. {@code IntegrationTestsTest}
 * finds tests doing one of those things without this mark.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {

    /** The JUnit tag pom.xml hands to Failsafe and keeps from Surefire. */
    String TAG = "integration";
}
