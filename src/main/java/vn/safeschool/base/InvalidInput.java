package vn.safeschool.base;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

/**
 * A service's arguments refused by their bean-validation constraints ({@code @NotBlank}, {@code @Size}, ...), as a
 * refusal the user reads in their language: which field, and what is wrong with it. Services declare the limits on
 * their records (the same as the columns'); {@link InputValidationConfiguration} turns a violation into this, so
 * that an over-long title never reaches the database as a "Data too long" error.
 */
public class InvalidInput extends RuleViolation {

    InvalidInput(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** The first violation by property path (the same one every time), in words. */
    static InvalidInput of(ConstraintViolationException exception) {
        ConstraintViolation<?> violation = exception.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow(() -> exception);
        Label field = new Label("field." + kebab(leaf(violation.getPropertyPath())));
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank", "NotEmpty", "NotNull" -> new InvalidInput("error.input.required", field);
            case "Size" -> violation.getInvalidValue() instanceof CharSequence text
                    && text.length() < (Integer) limits.get("min")
                            ? new InvalidInput("error.input.too-short", field, limits.get("min"))
                            : new InvalidInput("error.input.too-long", field, limits.get("max"));
            case "Email" -> new InvalidInput("error.input.email", field);
            case "Pattern" -> new InvalidInput("error.input.characters", field);
            case "Min" -> new InvalidInput("error.input.min", field, limits.get("value"));
            case "Max" -> new InvalidInput("error.input.max", field, limits.get("value"));
            default -> new InvalidInput("error.input.invalid", field);
        };
    }

    /** The field's own name: {@code title} of {@code create.spec.title}, {@code textVi} of a list's element. */
    private static String leaf(Path path) {
        String name = "value";
        for (Path.Node node : path) {
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                name = node.getName();
            }
        }
        return name;
    }

    /** {@code docNumber} → {@code doc-number}, as translation keys are written. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
