package org.fabrique.axis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One term of a keyword cloud; the weight is the number of coalitions carrying it. */
@Schema(name = "KeywordWeight")
public record KeywordWeight(
        @Schema(examples = "formation") String term,
        @Schema(examples = "3") long weight) {}
