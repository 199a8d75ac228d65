package org.fabrique.common.i18n;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One translated text, with its author and date. */
@Schema(name = "Translation")
public record TranslationView(
        @Schema(
                enumeration = {"fr", "en"},
                examples = "en")
        String lang,

        @Schema(examples = "title") String field,
        String text,
        @Schema(examples = "coordinator") String translatedBy,
        OffsetDateTime translatedAt) {}
