package org.fabrique.account;

/** How a person hears by e-mail of what they follow (in-app notifications are always kept). */
public enum NotificationMode {
    /** One mail per notification, as it happens. */
    IMMEDIATE,
    /** One mail a day gathering the day's notifications. */
    DAILY,
    /** No mail; notifications in the app only. */
    NONE
}
