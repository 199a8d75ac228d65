package org.fabrique.people;

import java.time.OffsetDateTime;

/** One row of the follow table. */
public record FollowRow(FollowTarget type, long targetId, OffsetDateTime since) {}
