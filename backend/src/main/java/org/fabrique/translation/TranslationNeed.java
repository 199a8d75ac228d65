package org.fabrique.translation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record whose texts wait for a translation into a language. */
@Schema(name = "TranslationNeed")
public record TranslationNeed(
        @Schema(
                enumeration = {"coalition", "axis", "event", "note", "territory", "resource"},
                examples = "coalition")
        String kind,

        @Schema(examples = "communs-numeriques") String slug,

        @Schema(description = "Its title or name, in its original language")
        String title,

        @Schema(
                enumeration = {"fr", "en"},
                examples = "fr")
        String original,

        @Schema(
                description = "Texts without a translation yet; a coalition's canvas parts are named"
                        + " part.id.field, e.g. problem.12.title",
                examples = "[\"title\", \"summary\"]")
        List<String> fields) {}
