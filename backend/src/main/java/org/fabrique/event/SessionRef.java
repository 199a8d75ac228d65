package org.fabrique.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session of an event's agenda as other resources embed it. */
@Schema(name = "SessionRef")
public record SessionRef(
        @Schema(examples = "12") long id,
        @Schema(examples = "Témoignages des coalitions") String title,
        SessionKind kind) {}
