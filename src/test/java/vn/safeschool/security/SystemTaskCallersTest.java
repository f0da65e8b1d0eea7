package vn.safeschool.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** SYSTEM's jurisdiction is everything: only the classes {@link SystemTask#CALLERS} names may run work as it. */
class SystemTaskCallersTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.safeschool");

    @Test
    void no_main_class_outside_the_list_uses_the_system_task() {
        noClasses().that(notListed()).and().doNotBelongToAnyOf(SystemTask.class)
                .should().dependOnClassesThat().belongToAnyOf(SystemTask.class)
                .because("SystemTask.CALLERS lists who may act as SYSTEM, and why").check(MAIN);
    }

    @Test
    void every_listed_caller_exists_and_uses_it() {
        for (String caller : SystemTask.CALLERS.keySet()) {
            JavaClass listed = MAIN.get(caller);
            assertThat(listed.getDirectDependenciesFromSelf())
                    .as(caller + " is listed, so it should need SystemTask")
                    .anyMatch(d -> d.getTargetClass().isEquivalentTo(SystemTask.class));
        }
    }

    private static DescribedPredicate<JavaClass> notListed() {
        return DescribedPredicate.describe("are not in SystemTask.CALLERS",
                c -> !SystemTask.CALLERS.containsKey(c.getName().replaceFirst("\\$.*", "")));
    }
}
