package org.fabrique.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.SlugReference;
import org.fabrique.common.text.Slugs;

/** A session of the agenda as a client sends it within an event. */
@Schema(name = "EventSessionInput")
public record SessionInput(
        @Schema(description = "Id of an existing session of this event to keep it; omit for a new session")
        Long id,

        @Schema(examples = "Plénière d'ouverture") @NotBlank @Size(max = 300)
        String title,

        @NotNull SessionKind kind,
        @Size(max = 4000) String description,
        @Schema(examples = "2020-04-21T09:30:00+02:00") OffsetDateTime startsAt,
        @Schema(examples = "2020-04-21T10:30:00+02:00") OffsetDateTime endsAt,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the coalition the session concerns")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug}")
        String coalition,

        @JsonDeserialize(contentUsing = SlugReference.Deserializer.class)
        @Schema(
                type = SchemaType.ARRAY,
                implementation = SlugReference.class,
                description = "Slugs of the speaking persons")
        @Size(max = 50)
        List<@NotBlank @Size(max = 120) String> speakers) {}
