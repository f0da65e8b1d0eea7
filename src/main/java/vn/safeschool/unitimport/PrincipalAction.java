package vn.safeschool.unitimport;

/** What committing a row would do about its principal's account. */
public enum PrincipalAction {
    /** No principal in the row. */
    NONE,
    /** An account is created, with a one-time password. */
    CREATE,
    /** The account ({@link ImportService#principalUsername}) exists already: left as it is. */
    EXISTS
}
