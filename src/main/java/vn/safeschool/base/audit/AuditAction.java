package vn.safeschool.base.audit;

/** Everything the audit log records. Each has a translation key {@code audit.action.<NAME>}. */
public enum AuditAction {
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
    DECLARATION_SUBMITTED,
    DECLARATION_ON_BEHALF,
    DECLARATION_REOPENED
}
