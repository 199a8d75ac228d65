package org.fabrique.actor;

/** Kinds of actors that join coalitions. */
public enum ActorKind {
    ASSOCIATION,
    LOCAL_AUTHORITY,
    PUBLIC_BODY,
    COMPANY,
    RESEARCH_EDUCATION,
    FUNDER,
    MEDIA,
    NETWORK,
    INDIVIDUAL_EXPERT
}
