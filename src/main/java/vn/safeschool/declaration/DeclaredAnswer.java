package vn.safeschool.declaration;

import org.jspecify.annotations.Nullable;
import vn.safeschool.checklist.CriterionInfo;

/** One criterion of a declaration as answered. */
public record DeclaredAnswer(CriterionInfo criterion, boolean met, @Nullable String note) {
}
