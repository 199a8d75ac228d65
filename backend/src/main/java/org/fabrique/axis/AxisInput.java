package org.fabrique.axis;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.text.Slugs;

/** What a client sends to create or replace an axis. */
@Schema(name = "AxisInput")
public record AxisInput(
        @Schema(description = "Derived from the name when omitted on creation", examples = "environnement")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String slug,

        @Schema(examples = "Dimension environnementale") @NotBlank @Size(max = 200)
        String name,

        @Size(max = 4000) String description,

        @Schema(examples = "#2e7d32")
        @NotBlank
        @Size(max = 7)
        @Pattern(regexp = "^#[0-9a-fA-F]{6}$", message = "{fabrique.colour}")
        String colour,

        @Schema(examples = "1") @Min(0) @Max(1000) int position,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {}
