package org.fabrique.common.i18n;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The texts of a translation, by field name: a text replaces the translation of its field, an
 * empty or null one removes it, a field left out is unchanged.
 */
@Schema(name = "TranslationInput")
public record TranslationInput(
        @NotNull @Schema(examples = "{\"title\": \"For higher digital education\", \"summary\": \"…\"}")
        Map<String, @Size(max = 100000) String> texts) {}
