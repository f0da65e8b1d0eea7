/** Schools' self-assessments: the current declaration per campaign, its history, and the counts over a subtree. */
@NullMarked
package vn.safeschool.declaration;

import org.jspecify.annotations.NullMarked;
