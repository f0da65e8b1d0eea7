package vn.safeschool.security;

import vn.safeschool.org.UnitKind;

/** The roles as a type, for storage and forms; {@link Roles} holds the same names as constants for annotations. */
public enum Role {
    DEPARTMENT_LEADER,
    DEPARTMENT_STAFF,
    DISTRICT_ADMIN,
    PRINCIPAL;

    /** Department roles at a department, an office's admin at any office (district, commune or ward), a principal at a school. */
    public boolean belongsOn(UnitKind kind) {
        return switch (this) {
            case DEPARTMENT_LEADER, DEPARTMENT_STAFF -> kind == UnitKind.DEPARTMENT;
            case DISTRICT_ADMIN -> kind.isOffice();
            case PRINCIPAL -> kind == UnitKind.SCHOOL;
        };
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
