package vn.safeschool.base;

/**
 * The four roles, and the expressions service methods are guarded with. A role says what a user may do; their home
 * unit (see {@code org.Jurisdiction}) says which rows they see. {@link #SYSTEM} is the application acting on its
 * own (demo loading, imports it runs, schedules), never a person.
 */
public final class Roles {

    public static final String DEPARTMENT_LEADER = "DEPARTMENT_LEADER";
    public static final String DEPARTMENT_STAFF = "DEPARTMENT_STAFF";
    public static final String DISTRICT_ADMIN = "DISTRICT_ADMIN";
    public static final String PRINCIPAL = "PRINCIPAL";
    public static final String SYSTEM = "SYSTEM";
    /**
     * Operations: health details, info, metrics and Prometheus under {@code /actuator}, nothing else. Held only by
     * the technical operator configured from the environment (HTTP Basic), never by a console account: it has no
     * home unit and sees no school.
     */
    public static final String OPERATOR = "OPERATOR";

    /** Anyone signed in. */
    public static final String IS_USER =
            "hasAnyRole('DEPARTMENT_LEADER','DEPARTMENT_STAFF','DISTRICT_ADMIN','PRINCIPAL','SYSTEM')";
    /** Department leadership and staff. */
    public static final String IS_DEPARTMENT = "hasAnyRole('DEPARTMENT_LEADER','DEPARTMENT_STAFF','SYSTEM')";
    /** Department staff: campaigns, units, all accounts, imports. */
    public static final String IS_STAFF = "hasAnyRole('DEPARTMENT_STAFF','SYSTEM')";
    /** Who manages accounts: staff (all) and district admins (their district's principals). */
    public static final String IS_ACCOUNT_MANAGER = "hasAnyRole('DEPARTMENT_STAFF','DISTRICT_ADMIN','SYSTEM')";
    /** Who may write a declaration: the school itself, or its district office or the department's staff on behalf. */
    public static final String IS_DECLARER = "hasAnyRole('DEPARTMENT_STAFF','DISTRICT_ADMIN','PRINCIPAL','SYSTEM')";

    /** The school itself (its principal): declaring for their own school, never on behalf. */
    public static final String IS_SCHOOL = "hasAnyRole('PRINCIPAL','SYSTEM')";
    /** Who may declare on behalf of a school or reopen it after a locked deadline: its district office, staff. */
    public static final String IS_ON_BEHALF = "hasAnyRole('DEPARTMENT_STAFF','DISTRICT_ADMIN','SYSTEM')";

    /** Who opens follow-up cases for the units one level below their own, and accepts or returns the answers. */
    public static final String IS_FOLLOWUP_OPENER =
            "hasAnyRole('DEPARTMENT_LEADER','DEPARTMENT_STAFF','DISTRICT_ADMIN','SYSTEM')";
    /** Who answers a follow-up case for their own unit: a district office's admins, a school's principal. */
    public static final String IS_FOLLOWUP_ASSIGNEE = "hasAnyRole('DISTRICT_ADMIN','PRINCIPAL','SYSTEM')";
    /** Who may remind units (reminders): the department's leadership and staff, district admins; not principals. */
    public static final String IS_REMINDER_SENDER =
            "hasAnyRole('DEPARTMENT_LEADER','DEPARTMENT_STAFF','DISTRICT_ADMIN','SYSTEM')";

    private Roles() {
    }
}
