/** The hierarchy of units: department, district offices and direct units, schools — any depth. */
@ApplicationModule(allowedDependencies = {
        "base", "base :: audit", "base :: i18n"})
@NullMarked
package vn.safeschool.org;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
