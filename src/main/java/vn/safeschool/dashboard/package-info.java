/** The landing page: where the user's part of the hierarchy stands in a campaign. */
@ApplicationModule(allowedDependencies = {
        "base", "base :: ui", "campaign", "checklist", "declaration", "followup", "followup :: ui", "org",
        "oversight", "oversight :: ui", "reminder"})
@NullMarked
package vn.safeschool.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
