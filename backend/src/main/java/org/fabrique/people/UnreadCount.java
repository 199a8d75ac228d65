package org.fabrique.people;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The number of unread notifications. */
@Schema(name = "UnreadCount")
public record UnreadCount(@Schema(examples = "3") long unread) {}
