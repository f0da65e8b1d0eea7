package vn.safeschool.org;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Inputs;

/** The editable facts of a unit; the code and the place in the tree do not change here. */
public record UnitChanges(
        @NotBlank @Size(max = 255) String name,
        @Nullable @Size(max = 100) String shortName,
        @Nullable InstitutionType institutionType,
        @Nullable Ownership ownership,
        @Nullable @Email @Size(max = 255) String contactEmail,
        boolean active) {

    public UnitChanges {
        name = Inputs.line(name);
        shortName = Inputs.line(shortName);
        contactEmail = Inputs.line(contactEmail);
    }
}
