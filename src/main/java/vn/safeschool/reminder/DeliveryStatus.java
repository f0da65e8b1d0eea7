package vn.safeschool.reminder;

/** Where a delivery stands. Each has a translation key {@code reminder.delivery.<NAME>}. */
public enum DeliveryStatus {
    /** an e-mail waiting for the worker (first try, or a retry after a failed attempt) */
    QUEUED,
    /** claimed by a worker that is sending it */
    SENDING,
    SENT,
    /** every attempt failed: given up, shown to the sender */
    FAILED,
    /** not sent because this server has e-mail switched off: recorded, never silently dropped */
    MAIL_OFF,
    /** in the recipient's inbox */
    DELIVERED
}
