package org.fabrique.common.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.paging.PageRequest;

/**
 * The language a reader asked for: the {@code lang} query parameter (links carry it), else the
 * {@code Accept-Language} header matched against the content languages, else none (every text
 * in its original language). Outside a request (outbox, webhooks, exports) there is none.
 */
@ApplicationScoped
public class ContentLanguage {
    /** The languages content is written in. */
    public static final List<String> LANGUAGES = List.of("fr", "en");

    public Optional<String> preferred() {
        RoutingContext rc = current();
        if (rc == null) {
            return Optional.empty();
        }
        String method = rc.request().method().name();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            // Writes, their answers and the representation a merge patch applies to are the originals.
            return Optional.empty();
        }
        String param = rc.request().getParam("lang");
        if (param != null) {
            return Optional.of(require("lang", param));
        }
        String header = rc.request().getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            String match = Locale.lookupTag(Locale.LanguageRange.parse(header), LANGUAGES);
            return Optional.ofNullable(match);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The language a write says its texts are written in: the {@code Content-Language} header
     * (one language of {@link #LANGUAGES}; a region such as {@code en-GB} names its language), or
     * none when the request does not say. Another value is a 400.
     */
    public Optional<String> written() {
        return ofWrite();
    }

    /** {@link #written()} where no bean is at hand (entities' paths in common/persistence). */
    public static Optional<String> ofWrite() {
        RoutingContext rc = current();
        String header = rc == null ? null : rc.request().getHeader("Content-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String code = header.trim().toLowerCase(Locale.ROOT);
        int region = code.indexOf('-');
        code = region > 0 ? code.substring(0, region) : code;
        if (!LANGUAGES.contains(code)) {
            throw DomainException.of(
                    ProblemType.BAD_REQUEST,
                    "The Content-Language header must name one language among {0}",
                    String.join(", ", LANGUAGES));
        }
        return Optional.of(code);
    }

    private static RoutingContext current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
    }

    /** A language code of {@link #LANGUAGES}, or a 400 naming the parameter or field. */
    public static String require(String name, String value) {
        String code = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            throw name.equals("lang") || name.equals("into")
                    ? PageRequest.invalid(name, "must be a language among {0}", String.join(", ", LANGUAGES))
                    : DomainException.invalidField(name, "must be a language among {0}", String.join(", ", LANGUAGES));
        }
        return code;
    }
}
