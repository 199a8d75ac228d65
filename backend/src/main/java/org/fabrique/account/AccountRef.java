package org.fabrique.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as other resources show it (never its subject's personal data beyond the name). */
@Schema(name = "AccountRef")
public record AccountRef(
        @Schema(examples = "12") long id,
        @Schema(examples = "coordinator") String username,
        @Schema(examples = "Alex Durand") String name) {}
