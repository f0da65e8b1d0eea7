/** The letters page: pick campaign and moment, edit the letter and its template, preview, download. */
@NullMarked
package vn.safeschool.letter.ui;

import org.jspecify.annotations.NullMarked;
