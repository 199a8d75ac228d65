package org.fabrique.actor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.SlugReference;
import org.fabrique.common.text.Slugs;

/** What a client sends to create or replace a person. */
@Schema(name = "PersonInput")
public record PersonInput(
        @Schema(description = "Derived from the full name when omitted on creation", examples = "augustin-courtier")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String slug,

        @Schema(examples = "Augustin Courtier") @NotBlank @Size(max = 200)
        String fullName,

        @Schema(examples = "Co-founder") @Size(max = 300) String roleTitle,

        @Size(max = 4000) String bio,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the actor the person acts for", examples = "latitudes")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String actor,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {}
