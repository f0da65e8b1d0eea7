package vn.safeschool.base.audit;

/** Everything the audit log records. Each has a translation key {@code audit.action.<NAME>}. */
public enum AuditAction {
    // the department and its first staff account created on an empty database (setup.FirstRun)
    FIRST_RUN,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_CREATED,
    ACCOUNT_UPDATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_UNLOCKED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    UNIT_CREATED,
    UNIT_UPDATED,
    UNITS_IMPORTED,
    CAMPAIGN_CREATED,
    CAMPAIGN_UPDATED,
    CAMPAIGN_CLOSED,
    CAMPAIGN_ARCHIVED,
    CHECKLIST_COPIED,
    CHECKLIST_UPDATED,
    DECLARATION_SUBMITTED,
    DECLARATION_ON_BEHALF,
    DECLARATION_REOPENED,
    LETTER_TEMPLATE_UPDATED,
    LETTER_GENERATED,
    // follow-up cases and corrective items
    FOLLOWUP_OPENED,
    FOLLOWUP_RESPONDED,
    FOLLOWUP_RETURNED,
    FOLLOWUP_ACCEPTED,
    CORRECTIVE_ITEM_FIXED,
    CORRECTIVE_DEADLINE_SET,
    FOLLOWUP_HANDED_OVER,
    // reminders
    REMINDERS_SENT,
    REMINDER_TEMPLATE_UPDATED,
    // reorganisations of the hierarchy
    REORGANISATION_APPLIED,
    ACCOUNT_REHOMED
}
