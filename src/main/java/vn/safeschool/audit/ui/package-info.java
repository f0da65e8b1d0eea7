/** The audit view, and the history grid other features' pages show (hence a named interface). */
@NamedInterface("ui")
@NullMarked
package vn.safeschool.audit.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
