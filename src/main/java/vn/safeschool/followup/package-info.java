/**
 * Follow-up: cases that track an underperforming unit from the request to review and act (kiểm điểm trách nhiệm,
 * install and update, a corrective plan) until the unit above accepts its answer; and corrective items, one per
 * criterion a school's At risk or Unsafe declaration failed, until the school fixes it.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: audit", "base :: i18n", "base :: ui", "campaign", "checklist", "declaration", "org",
        "oversight", "reminder", "security"})
@NullMarked
package vn.safeschool.followup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
