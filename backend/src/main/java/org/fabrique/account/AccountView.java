package org.fabrique.account;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorSummary;
import org.fabrique.territory.TerritorySummary;

/** An account: who it is, its roles (as the token gives them) and what it is linked to. */
@Schema(name = "Account")
public record AccountView(
        @Schema(readOnly = true, examples = "12") long id,

        @Schema(
                readOnly = true,
                description = "Subject of the identity provider",
                examples = "00000000-0000-4000-8000-000000000002")
        String subject,

        @Schema(readOnly = true, examples = "coordinator") String username,
        @Schema(readOnly = true, examples = "Alex Durand") String name,

        @Schema(readOnly = true, description = "Realm roles of the current token (only on /me)")
        List<String> roles,

        @Schema(description = "Actors this account acts for")
        List<ActorSummary> actors,

        @Schema(description = "Territories this account manages (territory managers)")
        List<TerritorySummary> territories,

        @Schema(readOnly = true) OffsetDateTime createdAt) {}
