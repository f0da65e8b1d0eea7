package vn.safeschool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The README's table of modules is what their {@code package-info.java} files declare, so a reader can trust it. */
class ReadmeModulesTest {

    /** A row of the table: {@code | `module` | what it holds | `base`, `org`, ... |}. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `(\\w+)` \\|[^|]*\\| ([^|]*)\\|$");
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    @Test
    void the_readme_lists_every_module_with_the_dependencies_it_declares() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Where the code lives"));
        Map<String, Set<String>> listed = new TreeMap<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            Set<String> names = new TreeSet<>();
            NAME.matcher(row.group(2)).results().forEach(m -> names.add(m.group(1)));
            listed.put(row.group(1), names);
        }

        assertThat(listed).as("README's modules and what each may use").isEqualTo(declared());
    }

    private static Map<String, Set<String>> declared() {
        Map<String, Set<String>> declared = new TreeMap<>();
        ApplicationModules.of(Application.class).forEach(module -> {
            String name = module.getBasePackage().getName();
            ApplicationModule annotation = module.getBasePackage().getAnnotation(ApplicationModule.class)
                    .orElseThrow();
            // a module that declares nothing carries Modulith's "anything" marker: base uses no module
            declared.put(name.substring(name.lastIndexOf('.') + 1), new TreeSet<>(Arrays.stream(
                    annotation.allowedDependencies()).filter(d -> !d.equals(ApplicationModule.OPEN_TOKEN)).toList()));
        });
        return declared;
    }
}
