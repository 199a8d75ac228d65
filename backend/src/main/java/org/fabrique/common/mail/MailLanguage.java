package org.fabrique.common.mail;

import java.util.Locale;

/** The languages mails are written in; French is the programme's language and the default. */
public enum MailLanguage {
    FR,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "en", "en-GB" or an Accept-Language header whose first choice is English → EN; else FR. */
    public static MailLanguage of(String language) {
        if (language == null || language.isBlank()) {
            return FR;
        }
        String first = language.split(",")[0].trim().toLowerCase(Locale.ROOT);
        return first.startsWith("en") ? EN : FR;
    }
}
