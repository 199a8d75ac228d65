package org.fabrique.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The current end of the changes feed, where a new mirror starts. */
public record ChangeHead(
        @Schema(
                description = "Cursor of the current end of the feed: take it, then load the lists, then"
                        + " read the feed after it",
                examples = "MTIzNC4w")
        String cursor) {}
