/**
 * Reorganisations as staff record them: a dated event — drafted from a mapping file, previewed (every problem, what
 * it touches, a decision per account whose home it dissolves), applied now, back-dated or scheduled for a moment to
 * come, undone by a compensating event. The tree's own changes are {@code org.StructureService}'s.
 */
@NullMarked
package vn.safeschool.reorganisation;

import org.jspecify.annotations.NullMarked;
