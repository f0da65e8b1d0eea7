/**
 * Reorganisations as staff record them: a dated event — drafted from a mapping file, previewed (every problem, what
 * it touches, a decision per account whose home it dissolves), applied now, back-dated or scheduled for a moment to
 * come, undone by a compensating event. The tree's own changes are {@code org.StructureService}'s.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: audit", "base :: i18n", "base :: ui", "campaign", "followup", "org", "reminder", "security",
        "unitimport"})
@NullMarked
package vn.safeschool.reorganisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
