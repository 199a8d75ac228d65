package org.fabrique.coalition;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.SlugReference;
import org.fabrique.common.text.Slugs;

/** What a client sends to create a coalition or replace its whole canvas. */
@Schema(name = "CoalitionInput")
public record CoalitionInput(
        @Schema(description = "The next free number when omitted on creation", examples = "3") @Min(1) @Max(100000)
        Integer number,

        @Schema(description = "Derived from the title when omitted on creation")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String slug,

        @NotBlank @Size(max = 300) String title,
        @Size(max = 2000) String summary,
        @Size(max = 4000) String intention,
        @Size(max = 4000) String vision,
        @Schema(description = "EMERGING when omitted") Stage stage,

        @JsonDeserialize(contentUsing = SlugReference.Deserializer.class)
        @Schema(
                type = SchemaType.ARRAY,
                implementation = SlugReference.class,
                description = "Slugs of the axes the coalition lives in")
        @Size(max = 20)
        List<@NotBlank @Size(max = 120) String> axes,

        @Schema(description = "Normalised to lower case, trimmed, duplicates removed") @Size(max = 30)
        List<@NotBlank @Size(max = 80) String> keywords,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the parent coalition")
        @Size(max = 120)
        String parent,

        @Size(max = 50) List<@Valid @NotNull ExperienceInput> experiences,
        @Size(max = 50) List<@Valid @NotNull ProblemInput> problems,
        @Size(max = 50) List<@Valid @NotNull ImpactInput> impacts,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample,

        @Schema(
                description = "Whether new comments are accepted on the coalition: open when omitted on"
                        + " creation, unchanged when omitted on update")
        Boolean commentsOpen) {

    /** An existing initiative the coalition builds on; {@code id} keeps an existing one. */
    @Schema(name = "ExperienceInput")
    public record ExperienceInput(
            @Schema(description = "Id of an existing experience of this coalition to keep it; omit for a new one")
            Long id,

            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String description,

            @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "{fabrique.url.http}")
            String url) {}

    /** A problem; {@code id} keeps an existing problem, without it a new one is created. */
    @Schema(name = "ProblemInput")
    public record ProblemInput(
            Long id,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String description,

            @Schema(description = "Kinds of allies sought") @Size(max = 30)
            List<@NotBlank @Size(max = 200) String> allyKinds,

            @JsonDeserialize(contentUsing = SlugReference.Deserializer.class)
            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = SlugReference.class,
                    description = "Slugs of the actors who joined on this problem")
            @Size(max = 100)
            List<@NotBlank @Size(max = 120) String> actors,

            @Schema(
                    description = "Recommended solutions or kinds of solutions, in order; omitted (null) keeps"
                            + " those of an existing problem")
            @Size(max = 20)
            List<@Valid @NotNull SolutionInput> solutions) {}

    /** A solution, or a kind of solutions, recommended for a problem. */
    public record SolutionInput(
            @Schema(examples = "Modules d'éthique du numérique partagés entre écoles") @NotBlank @Size(max = 300)
            String title,

            @NotNull org.fabrique.coalition.canvas.SolutionKind kind,

            @Schema(description = "True when the record is sample data beyond the source facts")
            Boolean sample) {}

    /** A desired impact; {@code id} keeps an existing impact and its measures. */
    @Schema(name = "ImpactInput")
    public record ImpactInput(
            Long id,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 500) String indicator,
            @NotBlank @Size(max = 60) String unit,
            java.math.BigDecimal baseline,
            @NotNull java.math.BigDecimal target,
            java.time.LocalDate targetDate) {}
}
