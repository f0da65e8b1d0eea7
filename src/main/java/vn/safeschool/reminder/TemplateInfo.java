package vn.safeschool.reminder;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A message template in both languages; {@code digest}: about a list of units (escalation). */
public record TemplateInfo(long id, String code, boolean digest, String nameVi, String nameEn, String subjectVi,
        String bodyVi, String subjectEn, String bodyEn, @Nullable Instant updatedAt, @Nullable String updatedBy,
        long version) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
