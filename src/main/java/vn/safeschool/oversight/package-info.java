/**
 * Oversight: live rollups of the declarations over the hierarchy (one level at a time, now or as of a moment), and
 * the pages about the units of the user's jurisdiction.
 */
@NullMarked
package vn.safeschool.oversight;

import org.jspecify.annotations.NullMarked;
