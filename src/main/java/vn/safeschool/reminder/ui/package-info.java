/** The reminders' views: the send dialog on the oversight grid, the inbox and its bell, the log, the templates. */
@NullMarked
package vn.safeschool.reminder.ui;

import org.jspecify.annotations.NullMarked;
