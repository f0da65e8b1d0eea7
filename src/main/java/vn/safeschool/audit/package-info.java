/**
 * The audit log: every {@code base.audit.AuditEvent} the features publish, stored append-only in the transaction of
 * the change, and read back inside the reader's jurisdiction (department staff's search, a unit's history).
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: audit", "base :: i18n", "base :: ui", "org", "security"})
@NullMarked
package vn.safeschool.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
