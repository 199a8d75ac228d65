package org.fabrique.common.i18n;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which language each text of an answer is in. */
@Schema(
        name = "TextLanguages",
        description = "The language of the texts of this record: the one they were written in, and the one each text"
                + " is shown in (a translation when the reader asked for another language and one exists, else the"
                + " original). Mark a text whose language differs from the page's with that lang attribute.")
public record TextLanguages(
        @Schema(
                description = "Language the texts were written in",
                enumeration = {"fr", "en"},
                examples = "fr")
        String original,

        @Schema(
                description = "Language of each text shown, by field name",
                examples = "{\"title\": \"en\", \"summary\": \"fr\"}")
        Map<String, String> texts) {

    /** Every named text in the original language, in the order given. */
    public static TextLanguages original(String lang, String... fields) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (String field : fields) {
            texts.put(field, lang);
        }
        return new TextLanguages(lang, texts);
    }
}
