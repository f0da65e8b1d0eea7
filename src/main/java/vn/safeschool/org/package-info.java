/** The hierarchy of units: department, district offices and direct units, schools — any depth. */
@NullMarked
package vn.safeschool.org;

import org.jspecify.annotations.NullMarked;
