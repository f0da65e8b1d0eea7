/**
 * Shared kernel: the pieces every feature uses (time, roles, inputs, date formats) at its root, and three named
 * interfaces a feature declares when it uses them — {@code base :: audit} (the audit event features publish),
 * {@code base :: i18n} (translations and the user's language) and {@code base :: ui} (the main layout and shared
 * components). {@code base.db} (the embedded database) is internal: no feature may reach it.
 */
@ApplicationModule
@NullMarked
package vn.safeschool.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
