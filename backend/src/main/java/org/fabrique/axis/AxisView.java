package org.fabrique.axis;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.i18n.Localized;
import org.fabrique.common.i18n.TextLanguages;

/** An axis with its keyword cloud (computed from the keywords of its coalitions). */
@Schema(name = "Axis")
public record AxisView(
        @Schema(examples = "environnement") String slug,
        @Schema(examples = "Dimension environnementale") String name,
        String description,
        @Schema(examples = "#2e7d32") String colour,
        @Schema(examples = "1") int position,

        @Schema(readOnly = true, description = "Number of coalitions living in this axis", examples = "4")
        long coalitionCount,

        @Schema(readOnly = true, description = "Keyword cloud, heaviest first")
        List<KeywordWeight> keywords,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) OffsetDateTime updatedAt,
        @Schema(readOnly = true) TextLanguages languages) {

    /** The same axis with its texts as shown to the reader. */
    AxisView shown(Localized texts) {
        return new AxisView(
                slug,
                texts.text("name"),
                texts.text("description"),
                colour,
                position,
                coalitionCount,
                keywords,
                sample,
                updatedAt,
                texts.languages());
    }

    AxisSummary summary() {
        return new AxisSummary(slug, name, colour, languages);
    }
}
