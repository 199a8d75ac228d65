package org.fabrique.participation.suggestion;

import java.util.List;

/** The accepted suggestions of one axis, as the panorama shows them (internal: not a schema of the API). */
public record AxisSuggestions(List<SuggestionView> missingSubjects, List<SuggestionView> potentialAllies) {
    public static final AxisSuggestions NONE = new AxisSuggestions(List.of(), List.of());
}
