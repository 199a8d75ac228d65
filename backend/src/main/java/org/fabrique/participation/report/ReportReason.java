package org.fabrique.participation.report;

/** Why a reader reports a comment or suggestion. */
public enum ReportReason {
    SPAM,
    OFFENSIVE,
    OFF_TOPIC
}
