package vn.safeschool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.security.NewAccount;
import vn.safeschool.security.Role;

/** A constraint a service's record breaks reads as which field and what is wrong with it, in both languages. */
class InvalidInputTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void each_kind_of_constraint_names_the_field_and_its_limit() {
        assertThat(refusal(campaign("", "Khai báo", 7))).satisfies(r -> expect(r, "error.input.required",
                "field.doc-number"));
        assertThat(refusal(campaign("307", "x".repeat(501), 7))).satisfies(r -> expect(r, "error.input.too-long",
                "field.title", 500));
        assertThat(refusal(campaign("307", "Khai báo", 0))).satisfies(r -> expect(r, "error.input.min",
                "field.freshness-days", 1L));
        assertThat(refusal(campaign("307", "Khai báo", 400))).satisfies(r -> expect(r, "error.input.max",
                "field.freshness-days", 365L));
        assertThat(refusal(new NewAccount("tên có dấu", null, "Lê Văn A", "a@", null, Role.PRINCIPAL, 1,
                java.util.Locale.ROOT))).satisfies(r -> expect(r, "error.input.email", "field.email"));
        assertThat(refusal(new NewAccount("tên có dấu", null, "Lê Văn A", null, null, Role.PRINCIPAL, 1,
                java.util.Locale.ROOT))).satisfies(r -> expect(r, "error.input.characters", "field.username"));
    }

    @Test
    void every_message_and_every_constrained_field_of_a_public_record_has_a_translation_in_both_languages()
            throws IOException {
        Set<String> keys = new TreeSet<>(Set.of("error.input.required", "error.input.too-long",
                "error.input.too-short", "error.input.email", "error.input.characters", "error.input.min",
                "error.input.max", "error.input.invalid", "field.value"));
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(
                reader.getClassMetadata().getSuperClassName()));
        scanner.findCandidateComponents("vn.safeschool").stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .flatMap(c -> Stream.of(c.getRecordComponents()))
                .filter(InvalidInputTest::constrained)
                .forEach(component -> keys.add("field." + InvalidInput.kebab(component.getName())));

        assertThat(keys).contains("field.title", "field.full-name", "field.text-vi");
        assertThat(load("translations.properties").stringPropertyNames()).containsAll(keys);
        assertThat(load("translations_en.properties").stringPropertyNames()).containsAll(keys);
    }

    private static boolean constrained(RecordComponent component) {
        return Stream.concat(Stream.of(component.getAnnotations()), typeUse(component.getAnnotatedType()))
                .map(Annotation::annotationType)
                .anyMatch(type -> type.getPackageName().equals("jakarta.validation.constraints"));
    }

    /** Constraints on a list's elements, such as {@code List<@NotNull Create>}. */
    private static Stream<Annotation> typeUse(AnnotatedType type) {
        Stream<Annotation> own = Stream.of(type.getAnnotations());
        if (type instanceof AnnotatedParameterizedType parameterized) {
            return Stream.concat(own, Stream.of(parameterized.getAnnotatedActualTypeArguments())
                    .flatMap(InvalidInputTest::typeUse));
        }
        return own;
    }

    private InvalidInput refusal(Object input) {
        var violations = validator.validate(input);
        assertThat(violations).isNotEmpty();
        return InvalidInput.of(new ConstraintViolationException(violations));
    }

    private static void expect(InvalidInput refusal, String key, Object... arguments) {
        assertThat(refusal.messageKey()).isEqualTo(key);
        assertThat(refusal.arguments(k -> k)).containsExactly(arguments);
    }

    private static NewCampaign campaign(String number, String title, int freshnessDays) {
        return new NewCampaign(number, title, LocalDate.of(2020, 10, 1), LocalDateTime.of(2020, 10, 10, 11, 0), 1, 1,
                freshnessDays, false);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = InvalidInputTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
