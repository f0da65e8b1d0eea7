package vn.safeschool.org;

/** The level a unit plays in the hierarchy; nothing assumes how many levels there are. */
public enum UnitKind {
    DEPARTMENT,
    DISTRICT_OFFICE,
    SCHOOL
}
