package vn.safeschool.security;

/** The four roles. A role says what a user may do; their home unit says which rows they see. */
public final class Roles {

    public static final String DEPARTMENT_LEADER = "DEPARTMENT_LEADER";
    public static final String DEPARTMENT_STAFF = "DEPARTMENT_STAFF";
    public static final String DISTRICT_ADMIN = "DISTRICT_ADMIN";
    public static final String PRINCIPAL = "PRINCIPAL";

    public static final String[] ALL = {DEPARTMENT_LEADER, DEPARTMENT_STAFF, DISTRICT_ADMIN, PRINCIPAL};

    private Roles() {
    }
}
