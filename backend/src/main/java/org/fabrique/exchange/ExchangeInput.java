package org.fabrique.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.text.Slugs;

/** What a client sends to create or replace an exchange between territories. */
@Schema(name = "ExchangeInput")
public record ExchangeInput(
        @Schema(
                description = "Derived from the title when omitted on creation",
                examples = "echanges-inter-territoriaux")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String slug,

        @Schema(examples = "Échanges inter-territoriaux #Reset") @NotBlank @Size(max = 300)
        String title,

        @Size(max = 4000) String description,

        @Schema(description = "Slugs of the territories taking part (at least two)") @NotNull @Size(min = 2, max = 50)
        List<@NotBlank @Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}") String>
                territories,

        @Schema(description = "Slugs of the coalitions the exchange is about") @Size(max = 50)
        List<@NotBlank @Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}") String>
                coalitions,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {}
