/**
 * Importing institutions (and their principals' accounts) from the sector database's .xlsx or .csv export: a preview
 * with every row's problems, then one all-or-nothing commit through the hierarchy's bulk import.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: i18n", "base :: ui", "org", "security"})
@NullMarked
package vn.safeschool.unitimport;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
