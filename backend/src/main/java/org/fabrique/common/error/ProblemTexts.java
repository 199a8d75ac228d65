package org.fabrique.common.error;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of problems in the languages of the API, chosen by {@code Accept-Language}. The
 * message id is the English text itself, as with gettext: code writes English, and
 * {@link ProblemTexts_fr} (a {@link ResourceBundle}) holds the French for each id. A text with
 * variable parts is a {@link MessageFormat} pattern with its arguments; a text that has no
 * translation yet stays English.
 */
public final class ProblemTexts {
    /** The languages of the API, the first is the default. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ProblemTexts(Locale locale) {
        this.locale = locale;
        ResourceBundle found = null;
        if (!locale.equals(Locale.ENGLISH)) {
            try {
                found = ResourceBundle.getBundle(ProblemTexts.class.getName(), locale, NO_FALLBACK);
            } catch (MissingResourceException e) {
                found = null;
            }
        }
        this.bundle = found;
    }

    public static ProblemTexts of(Locale locale) {
        return new ProblemTexts(locale);
    }

    /** The language of the request: its Accept-Language matched against {@link #LANGUAGES}. */
    public static ProblemTexts of(HttpHeaders headers) {
        return of(language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The best of {@link #LANGUAGES} for an Accept-Language header (RFC 4647 lookup), else English. */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return LANGUAGES.get(0);
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return match == null ? LANGUAGES.get(0) : match;
        } catch (IllegalArgumentException e) {
            return LANGUAGES.get(0);
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The title of a type of problem. */
    public String title(ProblemType type) {
        return text(type.title());
    }

    /** A text without variable parts, translated when the catalogue has it. */
    public String text(String english) {
        if (english == null || bundle == null || !bundle.containsKey(english)) {
            return english;
        }
        return bundle.getString(english);
    }

    /** A word of the message that is translated too (a kind of record: "coalition", "territory"). */
    public record Term(String english) {
        @Override
        public String toString() {
            return english;
        }
    }

    public static Term term(String english) {
        return new Term(english);
    }

    /** A {@link MessageFormat} pattern with its arguments; {@link Term} arguments are translated too. */
    public String format(String pattern, Object... args) {
        if (args == null || args.length == 0) {
            return text(pattern);
        }
        return new MessageFormat(text(pattern), locale)
                .format(Arrays.stream(args)
                        .map(a -> a instanceof Term t ? text(t.english()) : a)
                        .toArray());
    }

    /** The English text of a pattern with its arguments (logs and {@link Throwable#getMessage()}). */
    public static String english(String pattern, Object... args) {
        return args == null || args.length == 0
                ? pattern
                : new MessageFormat(pattern, Locale.ENGLISH)
                        .format(Arrays.stream(args)
                                .map(a -> a instanceof Term t ? t.english() : a)
                                .toArray());
    }
}
