package org.fabrique.people;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the caller follows. */
@Schema(name = "Follow")
public record FollowView(
        FollowTarget type,

        @Schema(examples = "formations-superieures-numeriques-ethiques")
        String slug,

        @Schema(examples = "Formations supérieures au numérique éthique")
        String name,

        OffsetDateTime since) {}
