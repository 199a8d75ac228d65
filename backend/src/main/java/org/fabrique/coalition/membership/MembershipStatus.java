package org.fabrique.coalition.membership;

/** Where an engagement stands. */
public enum MembershipStatus {
    PROPOSED,
    CONFIRMED,
    DECLINED,
    WITHDRAWN
}
