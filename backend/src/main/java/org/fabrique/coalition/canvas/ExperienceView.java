package org.fabrique.coalition.canvas;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An existing initiative a coalition builds on. */
@Schema(name = "Experience")
public record ExperienceView(
        Long id,
        String title,
        String description,
        String url,

        @Schema(readOnly = true, description = "The language of the experience's texts (title, description)")
        org.fabrique.common.i18n.TextLanguages languages) {}
