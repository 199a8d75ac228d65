package org.fabrique.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.SlugReference;
import org.fabrique.common.text.Slugs;

/** What a client sends to create or replace an event, its agenda included. */
@Schema(name = "EventInput")
public record EventInput(
        @Schema(description = "Derived from the title when omitted on creation", examples = "reset-day-4")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String slug,

        @Schema(examples = "Reset Day #4") @NotBlank @Size(max = 300)
        String title,

        @NotNull EventKind kind,
        @Size(max = 4000) String description,

        @Schema(examples = "2020-04-21T09:30:00+02:00") @NotNull
        OffsetDateTime startsAt,

        @Schema(examples = "2020-04-21T17:00:00+02:00") @NotNull
        OffsetDateTime endsAt,

        @Schema(description = "IANA time zone id", examples = "Europe/Paris") @NotBlank @Size(max = 60)
        String timeZone,

        @NotNull EventFormat format,
        @Size(max = 300) String location,
        @Schema(examples = "250") @PositiveOrZero Integer participantsCount,

        @Schema(description = "True when participantsCount is approximate (\"about thirty\"); false when omitted")
        Boolean participantsApproximate,

        @Schema(description = "True when the organisers organised the event with their partners; false when omitted")
        Boolean organisedWithPartners,

        @JsonDeserialize(contentUsing = SlugReference.Deserializer.class)
        @Schema(
                type = SchemaType.ARRAY,
                implementation = SlugReference.class,
                description = "Slugs of the organising actors")
        @Size(max = 100)
        List<@NotBlank @Size(max = 120) String> organisers,

        @JsonDeserialize(contentUsing = SlugReference.Deserializer.class)
        @Schema(
                type = SchemaType.ARRAY,
                implementation = SlugReference.class,
                description = "Slugs of the coalitions concerned")
        @Size(max = 100)
        List<@NotBlank @Size(max = 120) String> coalitions,

        @JsonDeserialize(contentUsing = SlugReference.Deserializer.class)
        @Schema(
                type = SchemaType.ARRAY,
                implementation = SlugReference.class,
                description = "Slugs of the territories concerned")
        @Size(max = 100)
        List<@NotBlank @Size(max = 120) String> territories,

        @Schema(
                description = "The whole agenda, in order; replaces the current one. Also read under the name"
                        + " `agenda`, the event's own name for it on read (a GET body sent back keeps its agenda)")
        @JsonAlias("agenda")
        @Size(max = 200)
        List<@Valid @NotNull SessionInput> sessions,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {}
