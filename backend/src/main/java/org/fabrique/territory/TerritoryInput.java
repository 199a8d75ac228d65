package org.fabrique.territory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.SlugReference;
import org.fabrique.common.text.Slugs;

/** What a client sends to create or replace a territory. */
@Schema(name = "TerritoryInput")
public record TerritoryInput(
        @Schema(
                description = "Derived from the name when omitted on creation",
                examples = "metropole-europeenne-de-lille")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String slug,

        @Schema(examples = "Métropole Européenne de Lille") @NotBlank @Size(max = 200)
        String name,

        @Schema(examples = "METROPOLIS") @NotNull TerritoryKind kind,

        @Schema(description = "Official code (INSEE, SIREN...)", examples = "200093201") @Size(max = 20)
        String code,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the parent territory", examples = "hauts-de-france")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String parent,

        @Size(max = 4000) String description,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {}
