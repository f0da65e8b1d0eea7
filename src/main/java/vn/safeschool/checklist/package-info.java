/** Versioned checklists and the rule, held as data on each version, that turns answers into a status. */
@NullMarked
package vn.safeschool.checklist;

import org.jspecify.annotations.NullMarked;
