package vn.safeschool.security;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new account; {@code password == null}: a one-time password is generated, to be changed at first sign-in. */
public record NewAccount(
        @NotBlank @Size(max = 64) String username,
        @Nullable @Size(min = 1) String password,
        @NotBlank @Size(max = 255) String fullName,
        @Nullable @Email @Size(max = 255) String email,
        @NotNull Role role,
        long homeUnitId,
        @NotNull Locale locale) {
}
