package vn.safeschool.unitimport;

/** What committing a row would do to its unit. */
public enum RowAction {
    NEW,
    UPDATE,
    UNCHANGED
}
