package org.fabrique.common.persistence;

import java.time.Instant;

/** A row's id and the time it was last written ({@code updated_at}). */
public record RowVersion(long id, Instant updatedAt) {}
