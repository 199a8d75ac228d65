package org.fabrique.coalition.membership;

/**
 * Where an engagement stands: PROPOSED by the actor's people (the coordinators decide), INVITED by
 * the coordinators (the actor's people answer), CONFIRMED, DECLINED (either side said no) or
 * WITHDRAWN.
 */
public enum MembershipStatus {
    PROPOSED,
    CONFIRMED,
    DECLINED,
    WITHDRAWN,
    INVITED
}
