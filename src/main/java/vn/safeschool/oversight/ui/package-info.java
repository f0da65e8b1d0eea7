/** The unit pages, and the export links other features' pages place (hence a named interface). */
@NamedInterface("ui")
@NullMarked
package vn.safeschool.oversight.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
