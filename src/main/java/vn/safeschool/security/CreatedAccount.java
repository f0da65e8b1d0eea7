package vn.safeschool.security;

import org.jspecify.annotations.Nullable;

/** A new account, and the one-time password generated for it (shown once, never stored in clear), if any. */
public record CreatedAccount(AccountInfo account, @Nullable String oneTimePassword) {
}
