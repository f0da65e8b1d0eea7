package vn.safeschool.org;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Inputs;

/** What it takes to add a unit under a parent (no parent: a root, such as a department or a ministry). */
public record NewOrgUnit(
        @Nullable Long parentId,
        @NotBlank @Size(max = 32) String code,
        @NotBlank @Size(max = 255) String name,
        @Nullable @Size(max = 100) String shortName,
        @NotNull UnitKind kind,
        @Nullable InstitutionType institutionType,
        @Nullable Ownership ownership,
        @Nullable @Email @Size(max = 255) String contactEmail) {

    public NewOrgUnit {
        code = Inputs.line(code);
        name = Inputs.line(name);
        shortName = Inputs.line(shortName);
        contactEmail = Inputs.line(contactEmail);
    }
}
