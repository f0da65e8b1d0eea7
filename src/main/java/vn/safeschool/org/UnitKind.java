package vn.safeschool.org;

/**
 * The level a unit plays in the hierarchy; nothing assumes how many levels there are. District offices (Phòng GDĐT,
 * until July 2025) and communes and wards (xã/phường, since then) are both offices: they manage schools and have the
 * same abilities.
 */
public enum UnitKind {
    DEPARTMENT,
    DISTRICT_OFFICE,
    COMMUNE,
    SCHOOL;

    /** A unit between the department and its schools: a district office, a commune or a ward. */
    public boolean isOffice() {
        return this == DISTRICT_OFFICE || this == COMMUNE;
    }
}
