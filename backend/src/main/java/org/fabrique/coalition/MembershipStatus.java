package org.fabrique.coalition;

/** Where an engagement stands. */
public enum MembershipStatus {
    PROPOSED,
    CONFIRMED,
    DECLINED,
    WITHDRAWN
}
