package org.fabrique.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fabrique.common.error.Problem;
import org.fabrique.common.error.ProblemType;

/**
 * A request whose Content-Length exceeds {@code quarkus.http.limits.max-body-size} gets a 413
 * problem+json. Quarkus refuses it with an empty body in a route of its own (order -2), before
 * RESTEasy and its exception mappers; this filter runs earlier with the same limit, answers the
 * problem and closes the connection (the body is never read). A body sent in chunks, without
 * Content-Length, is still cut by Quarkus' own check, with an empty 413: nginx in front
 * (deploy/nginx-api.conf.template) buffers bodies and always forwards a Content-Length.
 */
@ApplicationScoped
public class BodyLimit {
    /** After {@link SecurityHeaders} (100), before Quarkus' upload limit (order -2). */
    static final int PRIORITY = 50;

    private final long maxBodySize;
    private final String body;

    public BodyLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json)
            throws JsonProcessingException {
        this.maxBodySize = maxBodySize.asLongValue();
        this.body = json.writeValueAsString(Problem.of(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + describe(this.maxBodySize) + ".",
                null));
    }

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    String length = rc.request().getHeader("Content-Length");
                    if (length != null && exceeds(length)) {
                        rc.response()
                                .setStatusCode(413)
                                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                                .putHeader("Connection", "close")
                                .end(body);
                        return;
                    }
                    rc.next();
                },
                PRIORITY);
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec refuses a malformed Content-Length itself
        }
    }

    static String describe(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
