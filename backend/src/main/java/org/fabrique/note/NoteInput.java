package org.fabrique.note;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.SlugReference;
import org.fabrique.common.text.Slugs;

/** What a client sends to create or replace a note. */
@Schema(name = "NoteInput")
public record NoteInput(
        @Schema(description = "Derived from the title when omitted on creation", examples = "retour-sur-le-reset-day-4")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String slug,

        @Schema(examples = "Retour sur le Reset Day #4") @NotBlank @Size(max = 300)
        String title,

        @Schema(description = "Markdown; raw HTML is escaped and unsafe links removed") @NotNull @Size(max = 100000)
        String bodyMarkdown,

        @Schema(description = "Plain text; derived from the body when omitted") @Size(max = 1000)
        String excerpt,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the event the note reports on")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug}")
        String event,

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
                description = "Slugs of the thematic axes")
        @Size(max = 20)
        List<@NotBlank @Size(max = 120) String> axes,

        @JsonDeserialize(contentUsing = SlugReference.Deserializer.class)
        @Schema(
                type = SchemaType.ARRAY,
                implementation = SlugReference.class,
                description = "Slugs of the territories concerned")
        @Size(max = 100)
        List<@NotBlank @Size(max = 120) String> territories,

        @JsonDeserialize(contentUsing = SlugReference.Deserializer.class)
        @Schema(
                type = SchemaType.ARRAY,
                implementation = SlugReference.class,
                description = "Slugs of the authoring persons")
        @Size(max = 50)
        List<@NotBlank @Size(max = 120) String> authors,

        @Schema(description = "DRAFT (default) or PUBLISHED")
        NoteStatus status,

        @Schema(description = "Whether comments are accepted (default true)")
        Boolean commentsOpen,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {}
