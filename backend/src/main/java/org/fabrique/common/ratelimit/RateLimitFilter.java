package org.fabrique.common.ratelimit;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.fabrique.common.error.Problem;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.security.Roles;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies the rate limits to the API (paths under {@code /api/v1}; {@code /q/*} is never limited):
 * reads without an authenticated identity take a token from this replica's bucket of their client
 * address ({@link RateLimiter#local}); writes (POST, PUT, PATCH, DELETE) from the bucket that all
 * replicas share ({@link RateLimiter#shared}) of their account when signed in, of their client
 * address otherwise. A partner platform (realm role {@code partner}) has buckets of its own per
 * client, with higher limits: reads in this replica, writes shared by every replica. Reads of
 * other signed-in people are not limited here. Over the limit the answer is
 * 429 problem+json with {@code Retry-After}; answered requests carry {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset}.
 *
 * <p>The filter is pre-matching, so it runs before the endpoint's security checks and before the
 * route is matched: anonymous writes answered 401 and requests to unknown paths count too. It runs
 * on the event loop and counts on a worker thread.
 *
 * <p>Authentication is lazy: the identity is resolved through
 * {@link CurrentIdentityAssociation#getDeferredIdentity()}; an identity that cannot be resolved
 * (bad token) counts as anonymous and the endpoint answers 401 later. The client IP is the
 * socket's remote address, or the one that {@code X-Forwarded-For} names when the request came from
 * a trusted proxy ({@code quarkus.http.proxy.trusted-proxies}, {@code FABRIQUE_TRUSTED_PROXIES}):
 * a client that connects directly cannot pick its bucket.
 */
public class RateLimitFilter {
    static final String DECISION = RateLimitFilter.class.getName() + ".decision";
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    private static final String API_PREFIX = "/api/v1";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int MAX_KEY_LENGTH = 255;

    private final RateLimitConfig config;
    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;

    public RateLimitFilter(RateLimitConfig config, RateLimiter limiter, CurrentIdentityAssociation identities) {
        this.config = config;
        this.limiter = limiter;
        this.identities = identities;
    }

    /** Counts the request in its bucket; aborts with 429 when the bucket is over its limit. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!config.enabled() || !isApi(path)) {
            return Uni.createFrom().nullItem();
        }
        String clientIp = clientIp(http);
        String method = request.getMethod();
        return identities
                .getDeferredIdentity()
                .onFailure()
                .recoverWithNull()
                .chain(identity -> count(request, path, bucketOf(identity, method, clientIp)));
    }

    /** Adds the rate limit headers of the counted request to its answer. */
    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
            addHeaders(response.getHeaders(), decision);
        }
    }

    private Uni<Response> count(ContainerRequestContext request, String path, Bucket bucket) {
        if (bucket == null) {
            return Uni.createFrom().nullItem();
        }
        Uni<RateLimitDecision> decision = Uni.createFrom().item(() -> acquire(bucket));
        if (bucket.shared() && !BlockingOperationControl.isBlockingAllowed()) {
            decision = decision.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return decision.map(d -> {
            if (d == null) {
                return null;
            }
            request.setProperty(DECISION, d);
            return d.allowed() ? null : tooManyRequests(d, path, bucket);
        });
    }

    private RateLimitDecision acquire(Bucket bucket) {
        try {
            return bucket.shared()
                    ? limiter.shared(bucket.key(), bucket.limit(), bucket.window())
                    : limiter.local(bucket.key(), bucket.limit(), bucket.window());
        } catch (RuntimeException e) {
            // Fail open: a counter store hiccup must not take the API down with it.
            LOG.warnf(e, "Rate limit not applied to %s", bucket.key());
            return null;
        }
    }

    private Bucket bucketOf(SecurityIdentity identity, String method, String clientIp) {
        boolean anonymous = identity == null || identity.isAnonymous();
        if (!anonymous && identity.hasRole(Roles.PARTNER)) {
            return partnerBucket(identity, WRITES.contains(method));
        }
        if (WRITES.contains(method)) {
            return anonymous
                    ? new Bucket(
                            key("write:address:", clientIp),
                            config.write().requests(),
                            config.write().window(),
                            "client address",
                            true)
                    : new Bucket(
                            key("write:account:", identity.getPrincipal().getName()),
                            config.write().requests(),
                            config.write().window(),
                            "account",
                            true);
        }
        if (anonymous) {
            return new Bucket(
                    key("read:", clientIp),
                    config.anonymous().requests(),
                    config.anonymous().window(),
                    "anonymous client",
                    false);
        }
        return null;
    }

    /**
     * A partner platform's bucket, per client: the token's {@code azp} (the client id of a client
     * credentials token), else its principal's name. Writes are shared by the replicas, reads per replica.
     */
    private Bucket partnerBucket(SecurityIdentity identity, boolean write) {
        String client = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("azp") != null
                ? String.valueOf((Object) jwt.getClaim("azp"))
                : identity.getPrincipal().getName();
        return write
                ? new Bucket(
                        key("write:partner:", client),
                        config.partner().write().requests(),
                        config.partner().write().window(),
                        "partner client",
                        true)
                : new Bucket(
                        key("read:partner:", client),
                        config.partner().read().requests(),
                        config.partner().read().window(),
                        "partner client",
                        false);
    }

    private static Response tooManyRequests(RateLimitDecision decision, String path, Bucket bucket) {
        String detail = "This %s may send %d requests per %d seconds; retry in %d seconds."
                .formatted(bucket.who(), bucket.limit(), bucket.window().toSeconds(), decision.resetSeconds());
        Response.ResponseBuilder builder = Response.status(ProblemType.TOO_MANY_REQUESTS.status())
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", decision.resetSeconds())
                .entity(Problem.of(ProblemType.TOO_MANY_REQUESTS, detail, path));
        Response response = builder.build();
        addHeaders(response.getHeaders(), decision);
        return response;
    }

    private static void addHeaders(MultivaluedMap<String, Object> headers, RateLimitDecision decision) {
        headers.putSingle("RateLimit-Limit", decision.limit());
        headers.putSingle("RateLimit-Remaining", decision.remaining());
        headers.putSingle("RateLimit-Reset", decision.resetSeconds());
    }

    private static boolean isApi(String path) {
        return path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/");
    }

    private static String clientIp(HttpServerRequest http) {
        SocketAddress remote = http == null ? null : http.remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        return host == null || host.isBlank() ? "unknown" : host;
    }

    private static String key(String prefix, String value) {
        String key = prefix + value;
        return key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
    }

    private record Bucket(String key, int limit, Duration window, String who, boolean shared) {}
}
