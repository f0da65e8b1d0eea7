package vn.safeschool.audit.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.safeschool.base.Dates;

/**
 * The moments the features record in the audit log as ISO text — instants in UTC ("2021-03-01T10:00:00Z"),
 * Vietnam's local date-times ("2021-02-25T11:00"), dates — read back in Vietnam time and the audit view's format.
 */
final class AuditValues {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
    private static final Pattern LOCAL_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:[\\d.]+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private AuditValues() {
    }

    /** The value as a moment in Vietnam, if it is one, as the language writes it ({@link Dates}). */
    static Optional<String> time(String value, Locale locale) {
        try {
            if (INSTANT.matcher(value).matches()) {
                return Optional.of(Dates.dateTimeSeconds(Instant.parse(value), locale));
            }
            if (LOCAL_TIME.matcher(value).matches()) {
                return Optional.of(Dates.dateTime(LocalDateTime.parse(value), locale));
            }
            if (DATE.matcher(value).matches()) {
                return Optional.of(Dates.date(LocalDate.parse(value), locale));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
