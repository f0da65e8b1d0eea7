/** Part of the shared kernel that features use by declaring {@code "base :: audit"} in their allowed dependencies. */
@NamedInterface("audit")
@NullMarked
package vn.safeschool.base.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
