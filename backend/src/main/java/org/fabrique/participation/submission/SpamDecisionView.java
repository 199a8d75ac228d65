package org.fabrique.participation.submission;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An anti-spam decision as moderators see it. */
@Schema(name = "SpamDecision")
public record SpamDecisionView(
        @Schema(examples = "links") String rule,
        Verdict verdict,
        @Schema(examples = "40") int score,
        @Schema(examples = "3 links (held above 2)") String reason,
        OffsetDateTime decidedAt) {}
