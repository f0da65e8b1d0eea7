package vn.safeschool.unitimport;

import java.io.Serializable;
import java.util.List;

/** What a committed import did; the one-time passwords of the principals' new accounts are shown once only. */
public record ImportResult(String fileName, int created, int updated, int unchanged,
        List<OneTimePassword> passwords) implements Serializable {

    public ImportResult {
        passwords = List.copyOf(passwords);
    }

    /** A principal's new account and its one-time password, to hand over; it must be changed at first sign-in. */
    public record OneTimePassword(String unitCode, String unitName, String username, String fullName,
            String password) implements Serializable {
    }
}
