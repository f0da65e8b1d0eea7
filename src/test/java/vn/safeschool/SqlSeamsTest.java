package vn.safeschool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * What {@link ModularityTest} cannot see: SQL and JPQL are strings, so a module could read another module's tables
 * without any Java dependency on it. Each table (and each entity, for JPQL) belongs to the module that maps it; a
 * module's queries may name its own tables and those of the modules its {@code package-info.java} declares in
 * {@code allowedDependencies} — the one list of what a module may use, read here through Spring Modulith.
 */
class SqlSeamsTest {

    private static final Path MAIN = Path.of("src/main/java/vn/safeschool");
    private static final Path CHANGES = Path.of("db/changes");

    /** Tables no entity maps (written by SQL only), with the module whose data they hold. */
    private static final Map<String, String> TABLES_WITHOUT_ENTITY = Map.ofEntries(
            Map.entry("declaration_answer", "declaration"),
            Map.entry("org_unit_code", "org"), Map.entry("org_unit_lineage", "org"),
            Map.entry("org_unit_version", "org"), Map.entry("tmp_org_change", "org"),
            Map.entry("reminder", "reminder"), Map.entry("reminder_unit", "reminder"),
            Map.entry("reminder_delivery", "reminder"), Map.entry("reminder_attempt", "reminder"),
            // the scheduler's lock: its provider is configured by reminder (ReminderConfiguration)
            Map.entry("shedlock", "reminder"),
            Map.entry("reorg_step", "reorganisation"), Map.entry("reorg_account", "reorganisation"),
            Map.entry("reorg_outcome", "reorganisation"), Map.entry("reorg_dissolved", "reorganisation"));

    private static final Pattern TABLE = Pattern.compile("@Table\\(name\\s*=\\s*\"([a-z_]+)\"");
    private static final Pattern ENTITY = Pattern.compile("@Entity\\b[\\s\\S]*?\\bclass\\s+(\\w+)");
    private static final Pattern CREATE_TABLE = Pattern.compile("<createTable\\b[^>]*\\btableName=\"([a-z_]+)\"");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"([\\s\\S]*?)\"\"\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern NAMED = Pattern.compile("\\b(?i:from|join|into|update|table)\\s+(\\w+)");

    @Test
    void every_table_the_changelogs_create_belongs_to_a_module() throws IOException {
        Map<String, String> owners = owners();
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(CHANGES)) {
            files.map(SqlSeamsTest::read).forEach(xml -> CREATE_TABLE.matcher(xml).results()
                    .forEach(m -> created.add(m.group(1))));
        }
        assertThat(created).as("tables created by db/changes").isNotEmpty();
        assertThat(created.stream().filter(t -> !owners.containsKey(t)).toList())
                .as("tables without an entity or an entry in TABLES_WITHOUT_ENTITY").isEmpty();
    }

    @Test
    void a_modules_sql_names_only_its_own_tables_and_those_of_the_modules_it_declares() throws IOException {
        Map<String, String> owners = owners();
        ApplicationModules modules = ApplicationModules.of(Application.class);
        List<String> crossings = new ArrayList<>();
        for (Path file : sources()) {
            String module = moduleOf(file);
            if (module == null) {
                continue;
            }
            Set<String> allowed = declared(modules, module);
            for (String name : namedIn(read(file))) {
                String owner = owners.get(name);
                if (owner != null && !owner.equals(module) && !allowed.contains(owner)) {
                    crossings.add(MAIN.relativize(file) + " names " + name + " (" + owner + "'s) but " + module
                            + " declares " + allowed);
                }
            }
        }
        assertThat(crossings).isEmpty();
    }

    /** The table (SQL) and entity (JPQL) names this source's string literals name after FROM, JOIN, INTO, UPDATE. */
    static Set<String> namedIn(String source) {
        StringBuilder strings = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            strings.append(' ').append(blocks.group(1));
        }
        // the literals in the order written, so that "... FROM " + "campaign" reads as one statement
        Matcher literals = LITERAL.matcher(TEXT_BLOCK.matcher(source).replaceAll(" "));
        while (literals.find()) {
            strings.append(literals.group(1));
        }
        return NAMED.matcher(strings).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>(TABLES_WITHOUT_ENTITY);
        for (Path file : sources()) {
            String source = read(file);
            if (!source.contains("@Entity")) {
                continue;
            }
            String module = moduleOf(file);
            TABLE.matcher(source).results().forEach(m -> owners.put(m.group(1), module));
            ENTITY.matcher(source).results().forEach(m -> owners.put(m.group(1), module));
        }
        return owners;
    }

    private static Set<String> declared(ApplicationModules modules, String module) {
        ApplicationModule it = modules.getModuleByName(module).orElseThrow();
        return it.getAllowedDependencies(modules).stream().map(d -> d.getTargetModule().getIdentifier().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String moduleOf(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() < 2 ? null : relative.getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
