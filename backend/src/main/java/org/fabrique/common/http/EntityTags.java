package org.fabrique.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.fabrique.common.error.DomainException;

/**
 * Strong entity tags computed from the JSON representation of a view, so that a tag changes
 * whenever anything shown changes (including data of other features embedded in the view).
 */
@ApplicationScoped
public class EntityTags {
    private final ObjectMapper mapper;

    public EntityTags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public EntityTag of(Object view) {
        try {
            byte[] json = mapper.writeValueAsBytes(view);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute entity tag", e);
        }
    }

    /** 200 with the view and its ETag, or 304 when the client's If-None-Match matches. */
    public Response conditionalGet(Request request, Object view) {
        EntityTag tag = of(view);
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(view).tag(tag).cacheControl(cache).build();
    }

    /** 200 with the updated view and its new ETag. */
    public Response ok(Object view) {
        return Response.ok(view).tag(of(view)).build();
    }

    /**
     * Throws 412 when an If-Match header is present and names none of the current view's tag.
     * Without the header the update goes on (optimistic locking on the row still applies).
     */
    public void checkIfMatch(String ifMatch, Object currentView) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(currentView).getValue();
        for (String candidate : ifMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*")) {
                return;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            value = value.replace("\"", "");
            if (value.equals(current)) {
                return;
            }
        }
        throw DomainException.preconditionFailed(
                "The resource changed since you read it (If-Match does not match its current ETag); reload it and retry");
    }
}
