package org.fabrique.common.i18n;

import java.util.Map;

/** The texts of a record as shown to a reader, by field name, and their languages. */
public record Localized(Map<String, String> texts, TextLanguages languages) {
    public String text(String field) {
        return texts.get(field);
    }
}
