package org.fabrique.common.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One result of the cross-feature search. */
@Schema(name = "SearchHit")
public record SearchHit(
        @Schema(
                examples = "coalition",
                enumeration = {
                    "coalition",
                    "note",
                    "actor",
                    "person",
                    "event",
                    "testimony",
                    "territory",
                    "resource",
                    "initiative"
                })
        String type,

        @Schema(
                description = "The record's slug (null for a testimony, which has none)",
                examples = "formations-superieures-numeriques-ethiques")
        String slug,

        @Schema(examples = "#3 Pour des formations supérieures numériques…")
        String title,

        @Schema(description = "A short plain-text excerpt") String excerpt,

        @Schema(
                description = "Where the words occur: plain text, HTML-escaped, with each match inside"
                        + " <mark>…</mark> and fragments joined by …",
                examples = "des questions <mark>éthiques</mark>, sociales et environnementales")
        String snippet,

        @Schema(description = "True when every word occurs in the title")
        boolean titleMatch,

        @Schema(
                description = "Where the record is shown, for records without a page of their own"
                        + " (a testimony's coalition or event, a person's actor, a resource's territory)")
        Context context,

        @Schema(
                description = "The language of the hit's texts: the record's original, and the language each"
                        + " of title, excerpt and snippet is shown in (a translation when one matches the"
                        + " language asked for)")
        org.fabrique.common.i18n.TextLanguages languages) {

    /** The record a hit belongs to. */
    @Schema(name = "SearchHitContext")
    public record Context(
            @Schema(examples = "coalition") String type,

            @Schema(examples = "formations-superieures-numeriques-ethiques")
            String slug,

            @Schema(examples = "Pour des formations supérieures numériques…")
            String title) {}
}
