/** Campaigns: a directive's number, deadline, scope and checklist version. */
@NullMarked
package vn.safeschool.campaign;

import org.jspecify.annotations.NullMarked;
