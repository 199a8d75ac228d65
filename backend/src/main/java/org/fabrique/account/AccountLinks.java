package org.fabrique.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The actors and territories an admin links to an account (replaces the current links). */
@Schema(name = "AccountLinks")
public record AccountLinks(
        @Schema(description = "Slugs of the actors the account acts for", examples = "[\"latitudes\"]")
        @NotNull
        @Size(max = 50)
        List<@Size(max = 120) String> actors,

        @Schema(
                description = "Slugs of the territories the account manages",
                examples = "[\"metropole-europeenne-de-lille\"]")
        @NotNull
        @Size(max = 50)
        List<@Size(max = 120) String> territories) {}
