/**
 * Oversight: live rollups of the declarations over the hierarchy (one level at a time, now or as of a moment), and
 * the pages about the units of the user's jurisdiction.
 *
 * <p>Declared for SQL only: declaration — its rollups read declaration and declaration_submission by set-based SQL
 * (tables only: declaration depends on oversight through reminder, never the reverse in Java).
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: i18n", "base :: ui", "audit", "audit :: ui", "campaign", "org", "declaration"})
@NullMarked
package vn.safeschool.oversight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
