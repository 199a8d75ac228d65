package org.fabrique.coalition;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The accounts named coordinators of a coalition (replaces the current list). */
@Schema(name = "CoordinatorsInput")
public record CoordinatorsInput(
        @Schema(description = "Ids of accounts (see /api/v1/accounts)", examples = "[12]") @NotNull @Size(max = 20)
        List<Long> accounts) {}
