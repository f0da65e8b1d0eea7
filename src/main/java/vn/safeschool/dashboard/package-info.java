/** The landing page: where the user's part of the hierarchy stands in a campaign. */
@NullMarked
package vn.safeschool.dashboard;

import org.jspecify.annotations.NullMarked;
