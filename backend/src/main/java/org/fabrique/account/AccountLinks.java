package org.fabrique.account;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.SlugReference;

/** The actors and territories an admin links to an account (replaces the current links). */
@Schema(name = "AccountLinks")
public record AccountLinks(
        @JsonDeserialize(contentUsing = SlugReference.Deserializer.class)
        @Schema(
                type = SchemaType.ARRAY,
                implementation = SlugReference.class,
                description = "Slugs of the actors the account acts for",
                examples = "[\"latitudes\"]")
        @NotNull
        @Size(max = 50)
        List<@Size(max = 120) String> actors,

        @JsonDeserialize(contentUsing = SlugReference.Deserializer.class)
        @Schema(
                type = SchemaType.ARRAY,
                implementation = SlugReference.class,
                description = "Slugs of the territories the account manages",
                examples = "[\"metropole-europeenne-de-lille\"]")
        @NotNull
        @Size(max = 50)
        List<@Size(max = 120) String> territories) {}
