package vn.safeschool.security;

/** The roles as a type, for storage and forms; {@link Roles} holds the same names as constants for annotations. */
public enum Role {
    DEPARTMENT_LEADER,
    DEPARTMENT_STAFF,
    DISTRICT_ADMIN,
    PRINCIPAL;

    public String authority() {
        return "ROLE_" + name();
    }
}
