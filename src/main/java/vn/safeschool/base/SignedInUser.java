package vn.safeschool.base;

import java.util.Locale;

/** What the shared UI needs to know about whoever is signed in, without depending on how accounts are stored. */
public interface SignedInUser {

    String fullName();

    /** One of the role names in {@code security.Roles}. */
    String role();

    Locale preferredLocale();
}
