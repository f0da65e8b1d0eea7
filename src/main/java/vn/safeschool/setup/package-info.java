/**
 * The first run of a production installation: on an empty database, the department and its first staff account
 * from the {@code SAFESCHOOL_BOOTSTRAP_*} settings, once.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: audit", "base :: i18n", "org", "security"})
@NullMarked
package vn.safeschool.setup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
