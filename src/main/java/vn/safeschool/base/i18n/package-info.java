/** Part of the shared kernel that features use by declaring {@code "base :: i18n"} in their allowed dependencies. */
@NamedInterface("i18n")
@NullMarked
package vn.safeschool.base.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
