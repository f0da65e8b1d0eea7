/** Accounts, roles, sign-in, and who the current user is. */
@NullMarked
package vn.safeschool.security;

import org.jspecify.annotations.NullMarked;
