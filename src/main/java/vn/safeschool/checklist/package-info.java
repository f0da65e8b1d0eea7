/** Versioned checklists and the rule, held as data on each version, that turns answers into a status. */
@ApplicationModule(allowedDependencies = {
        "base", "base :: audit", "base :: ui"})
@NullMarked
package vn.safeschool.checklist;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
