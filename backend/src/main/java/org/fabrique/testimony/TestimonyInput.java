package org.fabrique.testimony;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.IdReference;
import org.fabrique.common.http.SlugReference;
import org.fabrique.common.text.Slugs;

/** What a client sends to create or replace a testimony. */
@Schema(name = "TestimonyInput")
public record TestimonyInput(
        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(
                ref = "SlugReference",
                required = true,
                description = "Slug of the testifying person",
                examples = "augustin-courtier")
        @NotBlank
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug}")
        String person,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(
                ref = "SlugReference",
                description = "Slug of the actor the person spoke for; defaults to the person's actor")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug}")
        String actor,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the coalition concerned")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug}")
        String coalition,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the event")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug}")
        String event,

        @JsonDeserialize(using = IdReference.Deserializer.class)
        @Schema(ref = "IdReference", description = "Id of a session of that event (needs event)")
        Long session,

        @NotBlank @Size(max = 4000) String summary,

        @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "{fabrique.url.http}")
        String link,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {}
