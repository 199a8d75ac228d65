package org.fabrique.actor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.SlugReference;
import org.fabrique.common.text.HttpUrls;
import org.fabrique.common.text.Slugs;

/** What a client sends to create or replace an actor. */
@Schema(name = "ActorInput")
public record ActorInput(
        @Schema(description = "Derived from the name when omitted on creation", examples = "latitudes")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String slug,

        @Schema(examples = "Latitudes") @NotBlank @Size(max = 200)
        String name,

        @Schema(examples = "ASSOCIATION") @NotNull ActorKind kind,

        @Size(max = 4000) String description,

        @Schema(examples = "https://www.latitudes.cc")
        @Size(max = 500)
        @Pattern(regexp = HttpUrls.PATTERN, message = "{fabrique.url.http}")
        String website,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the actor's territory", examples = "hauts-de-france")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String territory,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(
                ref = "SlugReference",
                description = "Slug of the actor this one is a sub-unit of (a local authority's directorate)",
                examples = "mel")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String parent,

        @Schema(description = "Expertise keywords", examples = "[\"tech for good\", \"formation\"]") @Size(max = 30)
        List<@NotBlank @Size(max = 80) String> expertise,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {}
