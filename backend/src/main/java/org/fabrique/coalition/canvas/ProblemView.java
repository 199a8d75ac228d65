package org.fabrique.coalition.canvas;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorSummary;

/** A problem of the canvas, the kinds of allies sought and the actors who joined on it. */
@Schema(name = "CoalitionProblem")
public record ProblemView(
        Long id,
        String title,
        String description,
        List<String> allyKinds,
        List<ActorSummary> actors,

        @Schema(description = "Recommended solutions or kinds of solutions, in order")
        List<SolutionView> solutions,

        @Schema(readOnly = true, description = "The language of the problem's texts (title, description)")
        org.fabrique.common.i18n.TextLanguages languages) {}
