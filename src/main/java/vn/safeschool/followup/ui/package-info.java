/** The follow-up board and case pages, the oversight grid's action, the unit tab and the dashboard's alerts. */
@NamedInterface("ui")
@NullMarked
package vn.safeschool.followup.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
