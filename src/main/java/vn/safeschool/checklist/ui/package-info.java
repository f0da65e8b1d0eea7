/** The checklists page: versions, copying one into a new version, editing an unused one, the rule's preview. */
@NullMarked
package vn.safeschool.checklist.ui;

import org.jspecify.annotations.NullMarked;
