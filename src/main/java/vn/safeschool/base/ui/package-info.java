/** Part of the shared kernel that features use by declaring {@code "base :: ui"} in their allowed dependencies. */
@NamedInterface("ui")
@NullMarked
package vn.safeschool.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
