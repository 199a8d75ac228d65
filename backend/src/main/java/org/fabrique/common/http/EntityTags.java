package org.fabrique.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.fabrique.common.error.DomainException;

/**
 * Strong entity tags of the form {@code "<version>.<digest>"}: the version of the resource's row,
 * then a digest of the view as served, so that a tag also changes when something the view embeds
 * changes (an actor's name in a coalition), and {@code If-None-Match} answers 304 only when nothing
 * shown changed.
 *
 * <p>{@code If-Match} compares the version part with the row's current version: an update checks
 * it on the row it loads, before it changes anything, and maps the view once, after; a change to
 * an embedded record does not make an edit of the resource stale. A concurrent update that commits
 * first moves the row's version, and the loser's write fails on the version (412 as well, see
 * {@code ProblemMappers}).
 */
@ApplicationScoped
public class EntityTags {
    private final ObjectMapper mapper;

    public EntityTags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public EntityTag of(Versioned<?> resource) {
        try {
            byte[] json = mapper.writeValueAsBytes(resource.view());
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
            return new EntityTag(resource.version() + "." + hash);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute entity tag", e);
        }
    }

    /**
     * A tag of a view alone (no version): for views that are not one row (the panorama, a
     * contribution), and for features not yet moved to versioned views.
     */
    public EntityTag of(Object view) {
        return view instanceof Versioned<?> versioned ? of(versioned) : of(new Versioned<>(view, 0));
    }

    /** 200 with the view and its tag, or 304 when the client's If-None-Match matches. */
    public Response conditionalGet(Request request, Object view) {
        return conditionalGet(request, view instanceof Versioned<?> v ? v : new Versioned<>(view, 0));
    }

    /** 200 with a view and its tag. */
    public Response ok(Object view) {
        return ok(view instanceof Versioned<?> v ? v : new Versioned<>(view, 0));
    }

    /**
     * The If-Match check of features not yet moved to versioned views: the tag of the current
     * view must be named. (Versioned resources use {@link #checkIfMatch(String, long)}.)
     */
    public void checkIfMatch(String ifMatch, Object currentView) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(currentView).getValue();
        for (String candidate : ifMatch.split(",")) {
            String value = candidate.trim().replace("W/", "").replace("\"", "");
            if (value.equals("*") || value.equals(current)) {
                return;
            }
        }
        throw DomainException.preconditionFailed(
                "The resource changed since you read it (If-Match does not match its current ETag); reload it and retry");
    }

    /**
     * The answer to a conditional read of anything with an ETag: 304 when If-None-Match matches, a
     * 412 problem when If-Match names another version, else {@code answer}'s response.
     */
    public static Response conditional(Request request, EntityTag tag, java.util.function.Supplier<Response> answer) {
        Response.ResponseBuilder precondition = request.evaluatePreconditions(tag);
        if (precondition == null) {
            return answer.get();
        }
        Response response = precondition.tag(tag).build();
        if (response.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw DomainException.preconditionFailed("The resource is not in the version named by If-Match; reload it");
        }
        return response;
    }

    /**
     * 200 with the view and its ETag, or 304 when the client's If-None-Match matches (a 412 problem
     * when If-Match names another version), each to be revalidated before a cache reuses it.
     */
    public Response conditionalGet(Request request, Versioned<?> resource) {
        EntityTag tag = of(resource);
        Response answer = conditional(
                request, tag, () -> Response.ok(resource.view()).tag(tag).build());
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        return Response.fromResponse(answer).cacheControl(cache).build();
    }

    /** 200 with the updated view and its new ETag. */
    public Response ok(Versioned<?> resource) {
        return Response.ok(resource.view()).tag(of(resource)).build();
    }

    /** 201 with the new resource's address, its view and its ETag. */
    public Response created(URI location, Versioned<?> resource) {
        return Response.created(location)
                .entity(resource.view())
                .tag(of(resource))
                .build();
    }

    /**
     * Throws 412 when an If-Match header is present and names none of the row's current version.
     * Without the header the update goes on (the row version still refuses a lost update: 409).
     */
    public void checkIfMatch(String ifMatch, long currentVersion) {
        requireMatch(ifMatch, currentVersion);
    }

    /** {@link #checkIfMatch(String, long)}, for the shared update path of slugged resources. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*")) {
                return;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            value = value.replace("\"", "");
            int dot = value.indexOf('.');
            if (dot > 0 && value.substring(0, dot).equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw DomainException.preconditionFailed(
                "The resource changed since you read it (If-Match does not match its current ETag); reload it and retry");
    }
}
