package vn.safeschool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.campaign.CampaignStatus;
import vn.safeschool.checklist.Phase;
import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.followup.CaseAction;
import vn.safeschool.followup.CorrectiveStatus;
import vn.safeschool.followup.FollowUpStatus;
import vn.safeschool.followup.FollowUpType;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.UnitKind;
import vn.safeschool.oversight.StatusFilter;
import vn.safeschool.reminder.Channel;
import vn.safeschool.reminder.DeliveryStatus;
import vn.safeschool.reminder.ReminderKind;
import vn.safeschool.reorganisation.ReorgStatus;
import vn.safeschool.security.Role;
import vn.safeschool.unitimport.ImportColumn;
import vn.safeschool.unitimport.PrincipalAction;
import vn.safeschool.unitimport.RowAction;

/** All UI text lives in the translation files, in both languages. */
class TranslationFilesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|RuleViolation)\\(\\s*\"([a-z][a-z0-9.\\-]*[a-z0-9])\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    /**
     * A key built from an enum constant's name: {@code "audit.action." + a.name()}, also lower-cased and with '-' for
     * '_' ({@code "status." + s.name().toLowerCase(Locale.ROOT).replace('_', '-')}).
     */
    private static final Pattern KEY_FROM_ENUM = Pattern.compile("\"([a-z][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)*\\.[a-z0-9\\-]*)\"\\s*\\+\\s*"
            + "(?:[\\w.()]*\\.)?name\\(\\)(\\.toLowerCase\\([^)]*\\))?(\\.replace\\('_',\\s*'-'\\))?");

    /**
     * The constants each key family built from enum names (see {@link #KEY_FROM_ENUM}) is built from — the whole
     * enum unless the code can only reach some of them: each needs its key in both languages. A family in the code
     * that is missing here fails the test, so a new one cannot go unchecked (and show only at run time, as
     * {@code !key}).
     */
    private static final Map<String, List<?>> ENUM_KEYS = Map.ofEntries(
            Map.entry("audit.action.", all(AuditAction.class)),
            // the statuses a campaign is moved to: closed, archived
            Map.entry("campaign.error.status-", List.of(CampaignStatus.CLOSED, CampaignStatus.ARCHIVED)),
            Map.entry("campaign.status.", all(CampaignStatus.class)),
            Map.entry("declaration.phase.", all(Phase.class)),
            // the statuses a step requires: open (to respond), responded (to accept or return)
            Map.entry("followup.error.status-", List.of(FollowUpStatus.OPEN, FollowUpStatus.RESPONDED)),
            Map.entry("followup.type.", all(FollowUpType.class)),
            Map.entry("followup.status.", all(FollowUpStatus.class)),
            Map.entry("followup.action-done.", all(CaseAction.class)),
            Map.entry("followup.action.", all(FollowUpType.class)),
            Map.entry("followup.open.choice.", all(packagePrivate("vn.safeschool.followup.ui.OpenFollowUpDialog$Choice"))),
            Map.entry("followup.open.reason.", all(packagePrivate("vn.safeschool.followup.ui.OpenFollowUpDialog$Choice"))),
            Map.entry("corrective.status.", all(CorrectiveStatus.class)),
            Map.entry("unit.type.", all(InstitutionType.class)),
            Map.entry("unit.kind.", all(UnitKind.class)),
            Map.entry("unit.ownership.", all(Ownership.class)),
            // the lineage holds merges and splits only
            Map.entry("unit.lineage.kind.", List.of(Restructuring.Action.MERGE, Restructuring.Action.SPLIT)),
            Map.entry("oversight.status.", all(StatusFilter.class)),
            Map.entry("reminder.channel.", all(Channel.class)),
            Map.entry("reminder.delivery.", all(DeliveryStatus.class)),
            Map.entry("reminder.kind.", all(ReminderKind.class)),
            Map.entry("role.", all(Role.class)),
            Map.entry("reorg.action.", all(Restructuring.Action.class)),
            Map.entry("reorg.status.", all(ReorgStatus.class)),
            Map.entry("import.action.", all(RowAction.class)),
            Map.entry("import.principal.", all(PrincipalAction.class)),
            Map.entry("import.column.", all(ImportColumn.class)));

    @Test
    void vietnamese_and_english_have_the_same_keys() throws IOException {
        Set<String> vi = load("translations.properties").stringPropertyNames();
        Set<String> en = load("translations_en.properties").stringPropertyNames();

        assertThat(new TreeSet<>(en)).as("keys in English").isEqualTo(new TreeSet<>(vi));
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> vi = load("translations.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(KEY_IN_CODE.matcher(source), used);
                collect(MENU_TITLE.matcher(source), used);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(vi).containsAll(used);
    }

    @Test
    void every_safety_status_and_not_declared_has_its_name_in_both_languages() throws IOException {
        Set<String> vi = load("translations.properties").stringPropertyNames();
        Set<String> en = load("translations_en.properties").stringPropertyNames();
        List<String> keys = new ArrayList<>();
        for (SafetyStatus status : SafetyStatus.values()) {
            keys.add(status.translationKey());
        }
        keys.add(SafetyStatus.translationKeyOf(null));

        assertThat(keys).containsExactly("status.safe", "status.at-risk", "status.unsafe", "status.not-declared");
        assertThat(vi).as("in Vietnamese").containsAll(keys);
        assertThat(en).as("in English").containsAll(keys);
    }

    @Test
    void every_key_built_from_an_enum_constant_exists_in_both_languages_for_every_constant() throws IOException {
        Set<String> vi = load("translations.properties").stringPropertyNames();
        Set<String> en = load("translations_en.properties").stringPropertyNames();
        Map<String, String> families = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher built = KEY_FROM_ENUM.matcher(Files.readString(file));
                while (built.find()) {
                    families.merge(built.group(1), spelling(built), (a, b) -> a.equals(b) ? a : a + " and " + b);
                }
            }
        }
        assertThat(families.keySet()).as("key families built from enum names, each listed in ENUM_KEYS")
                .isEqualTo(new TreeSet<>(ENUM_KEYS.keySet()));

        Set<String> expected = new TreeSet<>();
        families.forEach((prefix, spelling) -> {
            for (Object constant : ENUM_KEYS.get(prefix)) {
                String name = ((Enum<?>) constant).name();
                if (spelling.contains("lower")) {
                    name = name.toLowerCase(Locale.ROOT);
                }
                if (spelling.contains("dashes")) {
                    name = name.replace('_', '-');
                }
                expected.add(prefix + name);
            }
        });
        assertThat(expected).hasSizeGreaterThan(families.size());
        assertThat(vi).as("in Vietnamese").containsAll(expected);
        assertThat(en).as("in English").containsAll(expected);
    }

    /** How the code spells the constant in the key: "as is", "lower" or "lower dashes". */
    private static String spelling(Matcher built) {
        return built.group(2) == null ? "as is" : built.group(3) == null ? "lower" : "lower dashes";
    }

    private static List<?> all(Class<?> type) {
        return List.of(type.getEnumConstants());
    }

    private static Class<?> packagePrivate(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void vietnamese_text_keeps_its_diacritics() throws IOException {
        assertThat(load("translations.properties").getProperty("status.not-declared")).isEqualTo("Chưa khai báo");
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
