/** Schools' self-assessments: the current declaration per campaign, its history, and the counts over a subtree. */
@ApplicationModule(allowedDependencies = {
        "base", "base :: audit", "base :: i18n", "base :: ui", "campaign", "checklist", "org", "reminder",
        "security"})
@NullMarked
package vn.safeschool.declaration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
