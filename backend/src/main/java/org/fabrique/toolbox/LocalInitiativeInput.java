package org.fabrique.toolbox;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.SlugReference;
import org.fabrique.common.text.HttpUrls;
import org.fabrique.common.text.Slugs;

/** What a client sends to create or replace a local initiative. */
@Schema(name = "LocalInitiativeInput")
public record LocalInitiativeInput(
        @Schema(description = "Derived from the title when omitted on creation", examples = "repair-cafe-lille")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String slug,

        @Schema(examples = "Repair café numérique") @NotBlank @Size(max = 300)
        String title,

        @Size(max = 4000) String description,

        @Schema(examples = "https://example.org/repair-cafe")
        @Size(max = 500)
        @Pattern(regexp = HttpUrls.PATTERN, message = "{fabrique.url.http}")
        String url,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(
                ref = "SlugReference",
                required = true,
                description = "Slug of the territory (required)",
                examples = "metropole-europeenne-de-lille")
        @NotBlank
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String territory,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the coalition the initiative relates to")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String coalition,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the actor carrying the initiative")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String actor,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {}
