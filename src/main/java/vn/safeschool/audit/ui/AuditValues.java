package vn.safeschool.audit.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.safeschool.base.Zones;

/**
 * The moments the features record in the audit log as ISO text — instants in UTC ("2021-03-01T10:00:00Z"),
 * Vietnam's local date-times ("2021-02-25T11:00"), dates — read back in Vietnam time and the audit view's format.
 */
final class AuditValues {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
    private static final Pattern LOCAL_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:[\\d.]+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AuditValues() {
    }

    /** The value as a moment in Vietnam, if it is one. */
    static Optional<String> time(String value) {
        try {
            if (INSTANT.matcher(value).matches()) {
                return Optional.of(AuditEntryGrid.TIME.format(Instant.parse(value).atZone(Zones.VIETNAM)));
            }
            if (LOCAL_TIME.matcher(value).matches()) {
                return Optional.of(AuditEntryGrid.TIME.format(LocalDateTime.parse(value)));
            }
            if (DATE.matcher(value).matches()) {
                return Optional.of(DAY.format(LocalDate.parse(value)));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
