package vn.safeschool.followup;

/** What a follow-up case asks of the unit. Each has a translation key {@code followup.type.<NAME>}. */
public enum FollowUpType {
    /** a formal responsibility review (kiểm điểm trách nhiệm) */
    RESPONSIBILITY_REVIEW,
    /** install the "An toàn COVID-19" application and update the declarations */
    INSTALL_AND_UPDATE,
    /** a plan to fix the failed criteria */
    CORRECTIVE_PLAN,
    OTHER
}
