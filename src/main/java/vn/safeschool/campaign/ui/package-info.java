/** The campaigns page: the department's staff create, edit, close and archive campaigns; its leadership reads. */
@NullMarked
package vn.safeschool.campaign.ui;

import org.jspecify.annotations.NullMarked;
