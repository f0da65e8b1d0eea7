package vn.safeschool.security;

import org.jspecify.annotations.Nullable;

/** A new account and, when the service made it, the one-time password to hand over (shown once, never stored). */
public record CreatedAccount(AccountInfo account, @Nullable String oneTimePassword) {
}
