/** Pages about the units of the user's jurisdiction: a unit's details and its history. */
@NullMarked
package vn.safeschool.oversight;

import org.jspecify.annotations.NullMarked;
