/**
 * Shared kernel: the pieces every feature uses (time, translations, the embedded database, the main layout).
 * Open so that features may use its sub-packages directly.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.safeschool.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
