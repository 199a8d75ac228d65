package org.fabrique.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.text.HttpUrls;
import org.fabrique.common.text.Slugs;

/** What a client sends to add or replace an experience report of an exchange. */
@Schema(name = "ExperienceReportInput")
public record ExperienceReportInput(
        @Schema(
                description = "Slug of the reporting territory, one of the exchange's",
                examples = "metropole-europeenne-de-lille")
        @NotBlank
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String territory,

        @Schema(description = "Slug of the coalition the report is about, if one")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String coalition,

        @Schema(examples = "Des coalitions à plusieurs niveaux de la collectivité") @NotBlank @Size(max = 300)
        String title,

        @Schema(description = "What was done, how, and what was learnt (plain text)") @NotBlank @Size(max = 10000)
        String body,

        @Schema(description = "When the experience was reported")
        LocalDate reportedOn,

        @Schema(description = "A page telling more", examples = "https://example.org/retour")
        @Size(max = 500)
        @Pattern(regexp = HttpUrls.PATTERN, message = "{fabrique.url.http}")
        String url,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {}
