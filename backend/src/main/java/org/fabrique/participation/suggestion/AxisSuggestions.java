package org.fabrique.participation.suggestion;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The accepted suggestions of one axis, as the panorama shows them. */
@Schema(name = "AxisSuggestions")
public record AxisSuggestions(List<SuggestionView> missingSubjects, List<SuggestionView> potentialAllies) {
    public static final AxisSuggestions NONE = new AxisSuggestions(List.of(), List.of());
}
