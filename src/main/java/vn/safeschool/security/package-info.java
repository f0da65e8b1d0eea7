/** Accounts, roles, sign-in, and who the current user is. */
@ApplicationModule(allowedDependencies = {
        "base", "base :: audit", "base :: i18n", "base :: ui", "org"})
@NullMarked
package vn.safeschool.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
