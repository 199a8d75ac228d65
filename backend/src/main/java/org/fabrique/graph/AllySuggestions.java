package org.fabrique.graph;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorSummary;

/** For each problem of a coalition, the actors that could join it, best first, with the reasons. */
@Schema(name = "AllySuggestions")
public record AllySuggestions(List<ProblemAllies> problems) {

    /** A problem, the allies it seeks, and the ranked suggestions. */
    @Schema(name = "ProblemAllies")
    public record ProblemAllies(
            @Schema(examples = "41") long problemId,

            @Schema(examples = "Des formations sans module d'éthique")
            String title,

            List<String> alliesSought,
            List<SuggestedAlly> suggestions) {}

    /**
     * An actor suggested for a problem: its score (the sum of its reasons' weights), why, and
     * whether the coalition has invited it already (its answer awaited).
     */
    @Schema(name = "SuggestedAlly")
    public record SuggestedAlly(
            ActorSummary actor,
            @Schema(examples = "7") int score,
            List<Reason> reasons,

            @Schema(description = "Invited to join the coalition, the answer awaited")
            boolean invited) {}

    /**
     * Why an actor is suggested: SUGGESTED (a reader proposed it as a potential ally of the
     * coalition and the moderators accepted it, weight 4), KIND (its kind is among the allies
     * sought, 3; detail: the ally sought), EXPERTISE (an expertise keyword shares a word with the
     * problem or the allies sought, 2 each, at most 3; detail: the keyword), TERRITORY (it is in a
     * territory where the coalition is declined, 2; detail: the territory), MEMBERSHIP (it is
     * committed in another coalition, 1 each, at most 2; detail: that coalition).
     */
    @Schema(name = "AllyReason")
    public record Reason(
            @Schema(enumeration = {"SUGGESTED", "KIND", "EXPERTISE", "TERRITORY", "MEMBERSHIP"})
            String kind,

            @Schema(nullable = true) String detail) {}
}
