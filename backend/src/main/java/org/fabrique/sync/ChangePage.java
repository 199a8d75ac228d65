package org.fabrique.sync;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One read of the changes feed. */
public record ChangePage(
        List<ChangeView> items,

        @Schema(
                description = "Cursor to pass as 'after' next time (always present; when nothing remains it"
                        + " is the head)",
                examples = "MTIzNC41Ng")
        String nextCursor,

        @Schema(description = "Whether more changes follow nextCursor now")
        boolean hasMore) {}
