package org.fabrique.participation.moderation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The items a moderation decision was applied to. */
@Schema(name = "DecisionResult")
public record DecisionResult(List<Long> ids, String action) {}
