package vn.safeschool.security;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Inputs;

/**
 * A new account. Without a password the service makes a one-time password, shown once to the admin, that the user
 * must change at their first sign-in.
 */
public record NewAccount(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
        @Nullable String password,
        @NotBlank @Size(max = 255) String fullName,
        @Nullable @Email @Size(max = 255) String email,
        @Nullable @Size(max = 32) String phone,
        @NotNull Role role,
        long homeUnitId,
        @NotNull Locale locale) {

    public NewAccount {
        username = Inputs.line(username);
        fullName = Inputs.line(fullName);
        email = Inputs.line(email);
        phone = Inputs.line(phone);
    }
}
