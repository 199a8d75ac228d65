package org.fabrique.common.i18n;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record's texts side by side: the originals and every translation. */
@Schema(name = "Translations")
public record TranslationsView(
        @Schema(
                description = "Language of the originals",
                enumeration = {"fr", "en"},
                examples = "fr")
        String original,

        @Schema(description = "The original texts, by field name; these fields are the ones a translation may hold")
        Map<String, String> originals,

        List<TranslationView> translations) {}
