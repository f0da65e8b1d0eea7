package vn.safeschool.reminder;

/** How a delivery reaches its recipient. */
public enum Channel {
    /** the recipient's inbox in the application: delivered when written */
    INBOX,
    EMAIL
}
