package org.fabrique.coalition.canvas;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A solution, or a kind of solutions, recommended for a problem. */
@Schema(name = "RecommendedSolution")
public record SolutionView(
        @Schema(examples = "Modules d'éthique du numérique partagés entre écoles")
        String title,

        SolutionKind kind,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample) {
    public static SolutionView of(Solution s) {
        return new SolutionView(s.getTitle(), s.getKind(), s.isSample());
    }
}
