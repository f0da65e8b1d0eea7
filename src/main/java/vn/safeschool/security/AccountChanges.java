package vn.safeschool.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Inputs;

/** What an account manager may change about an account; {@code version} guards against a lost update. */
public record AccountChanges(
        @NotBlank @Size(max = 255) String fullName,
        @Nullable @Email @Size(max = 255) String email,
        @Nullable @Size(max = 32) String phone,
        @NotNull Role role,
        long homeUnitId,
        long version) {

    public AccountChanges {
        fullName = Inputs.line(fullName);
        email = Inputs.line(email);
        phone = Inputs.line(phone);
    }
}
