/** Campaigns: a directive's number, deadline, scope and checklist version. */
@ApplicationModule(allowedDependencies = {
        "base", "base :: audit", "base :: ui", "checklist", "org"})
@NullMarked
package vn.safeschool.campaign;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
