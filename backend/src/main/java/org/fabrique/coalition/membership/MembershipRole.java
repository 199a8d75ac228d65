package org.fabrique.coalition.membership;

/** What an actor does in a coalition. */
public enum MembershipRole {
    PILOT,
    CONTRIBUTOR,
    ALLY,
    FUNDER
}
