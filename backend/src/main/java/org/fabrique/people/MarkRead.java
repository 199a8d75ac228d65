package org.fabrique.people;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Notifications to mark read: the ids given, or all of them when none is given. */
@Schema(name = "MarkRead")
public record MarkRead(
        @Schema(description = "Ids; empty or absent: all") @Size(max = 500)
        List<Long> ids) {}
