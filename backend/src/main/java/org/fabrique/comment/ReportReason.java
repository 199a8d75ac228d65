package org.fabrique.comment;

/** Why a reader reports a comment or suggestion. */
public enum ReportReason {
    SPAM,
    OFFENSIVE,
    OFF_TOPIC
}
