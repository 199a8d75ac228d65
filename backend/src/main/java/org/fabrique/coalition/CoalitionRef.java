package org.fabrique.coalition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coalition as other resources embed it. */
@Schema(name = "CoalitionRef")
public record CoalitionRef(
        @Schema(examples = "3") int number,

        @Schema(examples = "formations-superieures-numeriques-ethiques")
        String slug,

        @Schema(
                examples =
                        "Pour des formations supérieures numériques intégrant les questions éthiques sociales et environnementales")
        String title,

        Stage stage,

        @Schema(readOnly = true, description = "The language of the title shown")
        org.fabrique.common.i18n.TextLanguages languages) {}
