/** The declaration pages of the schools in the user's jurisdiction. */
@NullMarked
package vn.safeschool.declaration.ui;

import org.jspecify.annotations.NullMarked;
