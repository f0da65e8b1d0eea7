package vn.safeschool.reminder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A template's new text, from a form loaded at {@code version}. */
public record TemplateChanges(@NotBlank @Size(max = 255) String nameVi, @NotBlank @Size(max = 255) String nameEn,
        @NotBlank @Size(max = 500) String subjectVi, @NotBlank @Size(max = 20_000) String bodyVi,
        @NotBlank @Size(max = 500) String subjectEn, @NotBlank @Size(max = 20_000) String bodyEn, long version) {

    public static TemplateChanges of(TemplateInfo t) {
        return new TemplateChanges(t.nameVi(), t.nameEn(), t.subjectVi(), t.bodyVi(), t.subjectEn(), t.bodyEn(),
                t.version());
    }
}
