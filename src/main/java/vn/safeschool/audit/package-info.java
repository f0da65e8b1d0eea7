/**
 * The audit log: every {@code base.audit.AuditEvent} the features publish, stored append-only in the transaction of
 * the change, and read back inside the reader's jurisdiction (department staff's search, a unit's history).
 */
@NullMarked
package vn.safeschool.audit;

import org.jspecify.annotations.NullMarked;
