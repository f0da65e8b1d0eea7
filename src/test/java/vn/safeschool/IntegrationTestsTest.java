package vn.safeschool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.safeschool.base.db.EmbeddedMariaDb;

/**
 * The quick phase stays quick and the slow tests stay where the README says they run: a test that drives a browser,
 * starts another process, application or database, or stops the database carries {@link IntegrationTest}.
 */
class IntegrationTestsTest {

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("vn.safeschool");

    /** The helpers that start a browser, a child JVM or a second server. */
    private static final List<String> SLOW_HELPERS = List.of("vn.safeschool.browser.Browser", ChildJvm.class.getName(),
            SecondServer.class.getName());

    @Test
    void every_test_that_drives_a_browser_or_starts_or_stops_another_process_is_marked_as_an_integration_test() {
        Set<String> unmarked = new TreeSet<>();
        for (JavaClass test : TESTS) {
            if (test.isTopLevelClass() && test.getSimpleName().endsWith("Test") && !test.isEquivalentTo(getClass())
                    && doesSlowThings(test) && !test.isAnnotatedWith(IntegrationTest.class)) {
                unmarked.add(test.getName());
            }
        }
        assertThat(unmarked).as("tests doing slow things without @IntegrationTest").isEmpty();
    }

    @Test
    void the_check_recognises_each_kind_of_slow_test() {
        assertThat(doesSlowThings(TESTS.get("vn.safeschool.browser.SignInBrowserTest"))).as("a browser").isTrue();
        assertThat(doesSlowThings(TESTS.get("vn.safeschool.TwoNodesTest"))).as("a second application").isTrue();
        assertThat(doesSlowThings(TESTS.get("vn.safeschool.faults.DatabaseOutageTest"))).as("an outage").isTrue();
        assertThat(doesSlowThings(TESTS.get("vn.safeschool.unitimport.ImportKilledMidwayTest")))
                .as("a killed process").isTrue();
        assertThat(doesSlowThings(TESTS.get("vn.safeschool.base.TranslationFilesTest"))).as("a file check").isFalse();
    }

    private static boolean doesSlowThings(JavaClass test) {
        return selfAndNested(test).stream().anyMatch(c -> c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> isSlowHelper(d.getTargetClass()))
                || c.getMethodCallsFromSelf().stream().anyMatch(IntegrationTestsTest::isSlowCall));
    }

    private static boolean isSlowHelper(JavaClass target) {
        String name = target.getName().replaceFirst("\\$.*", "");
        return SLOW_HELPERS.contains(name) || name.endsWith("InAnotherProcess");
    }

    private static boolean isSlowCall(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String method = call.getName();
        return owner.isEquivalentTo(SpringApplicationBuilder.class) && method.equals("run")
                || owner.isEquivalentTo(EmbeddedMariaDb.class) && Set.of("startAnother", "stop").contains(method);
    }

    private static List<JavaClass> selfAndNested(JavaClass test) {
        return TESTS.stream().filter(c -> c.getName().equals(test.getName())
                || c.getName().startsWith(test.getName() + "$")).toList();
    }
}
