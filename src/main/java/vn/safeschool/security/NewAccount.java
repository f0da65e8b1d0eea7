package vn.safeschool.security;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record NewAccount(
        @NotBlank @Size(max = 64) String username,
        @NotBlank String password,
        @NotBlank @Size(max = 255) String fullName,
        @Nullable @Email @Size(max = 255) String email,
        @NotNull Role role,
        long homeUnitId,
        @NotNull Locale locale) {
}
