package org.fabrique.coalition.territorial;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A planning document or main strategy of a territory, as written. */
@Schema(name = "TerritoryPlanInput")
public record TerritoryPlanInput(
        @NotNull PlanKind kind,

        @Schema(examples = "Schéma directeur du numérique") @NotBlank @Size(max = 300)
        String title,

        @Schema(examples = "https://example.org/schema-directeur")
        @Size(max = 500)
        @Pattern(regexp = "^https?://\\S+$", message = "{fabrique.url.http}")
        String url,

        @Schema(
                description =
                        "Slugs of the coalitions the document carries; each must be declined in the" + " territory")
        @Size(max = 50)
        List<@NotBlank @Size(max = 120) String> coalitions,

        @Schema(description = "True when the record is sample data beyond the source facts")
        Boolean sample) {}
