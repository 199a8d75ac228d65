package org.fabrique.panorama;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.axis.KeywordWeight;
import org.fabrique.coalition.CoalitionHealth;
import org.fabrique.coalition.CoalitionSummary;
import org.fabrique.participation.suggestion.SuggestionView;

/** The panorama of coalitions by thematic axis, in one response. */
@Schema(name = "Panorama")
public record PanoramaView(
        List<AxisPanel> axes,
        Totals totals,

        @Schema(
                description = "The health of each coalition listed, by slug (computed at each request:"
                        + " its days and 90-day window move with the clock)")
        Map<String, CoalitionHealth> health) {

    /** The same panorama with the health of its coalitions. */
    PanoramaView withHealth(Map<String, CoalitionHealth> health) {
        return new PanoramaView(axes, totals, health);
    }

    /** The slugs of the coalitions listed, each once. */
    java.util.Set<String> coalitionSlugs() {
        java.util.Set<String> slugs = new java.util.LinkedHashSet<>();
        axes.forEach(a -> a.coalitions().forEach(c -> slugs.add(c.slug())));
        return slugs;
    }

    /** One axis: its keyword cloud and its coalitions (a coalition in several axes appears in each). */
    @Schema(name = "PanoramaAxis")
    public record AxisPanel(
            @Schema(examples = "environnement") String slug,
            @Schema(examples = "Dimension environnementale") String name,
            String description,
            @Schema(examples = "#2e7d32") String colour,
            @Schema(examples = "1") int position,

            @Schema(description = "Keyword cloud, heaviest first")
            List<KeywordWeight> keywords,

            @Schema(description = "Number of coalitions in the axis", examples = "4")
            long coalitionCount,

            @Schema(description = "The axis' first coalitions by number (at most coalitionsPerAxis)")
            List<CoalitionSummary> coalitions,

            @Schema(description = "Missing subjects people suggested and moderators accepted")
            List<SuggestionView> missingSubjects,

            @Schema(description = "Potential allies people suggested and moderators accepted")
            List<SuggestionView> potentialAllies) {}

    @Schema(name = "PanoramaTotals")
    public record Totals(
            @Schema(examples = "4") long coalitions,
            @Schema(examples = "5") long actors,
            @Schema(examples = "2") long events,
            @Schema(examples = "1") long publishedNotes) {}
}
