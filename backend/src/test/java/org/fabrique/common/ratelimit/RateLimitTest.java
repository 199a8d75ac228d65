package org.fabrique.common.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTestProfile.class)
class RateLimitTest {
    private static final int LIMIT = RateLimitTestProfile.ANONYMOUS_REQUESTS;

    @Inject
    RateLimiter limiter;

    @Inject
    AgroalDataSource dataSource;

    private static String uniqueIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10.%d.%d.%d".formatted(random.nextInt(256), random.nextInt(256), 1 + random.nextInt(254));
    }

    private static Response anonymousGet(String ip) {
        return given().header("X-Forwarded-For", ip).get("/api/v1/axes");
    }

    private static Response createAxis() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", TestData.unique("Rate limited axis"), "colour", "#123456", "position", 1))
                .post("/api/v1/axes");
    }

    @Test
    void answers429ProblemWithRetryAfter_whenAnonymousClientExceedsItsLimit() {
        String ip = uniqueIp();
        for (int i = 1; i <= LIMIT; i++) {
            anonymousGet(ip)
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", String.valueOf(LIMIT))
                    .header("RateLimit-Remaining", String.valueOf(LIMIT - i));
        }
        Response rejected = anonymousGet(ip);
        rejected.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("title", equalTo("Too many requests"))
                .body("type", equalTo("https://fabrique.example/problems/too-many-requests"))
                .body("instance", equalTo("/api/v1/axes"))
                .body("detail", notNullValue())
                .header("RateLimit-Remaining", "0");
        long retryAfter = Long.parseLong(rejected.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= RateLimitTestProfile.WINDOW_SECONDS, "Retry-After " + retryAfter);
    }

    /**
     * The trusted proxies are addresses, so checking a forwarded header resolves no name: a name
     * (or an entry read as one) made Quarkus open a DNS socket per request, and a load of a few
     * thousand requests ran the backend out of file descriptors (found by the benchmark).
     */
    @Test
    void forwardedHeadersOpenNoSocketPerRequest() throws Exception {
        java.nio.file.Path fds = java.nio.file.Path.of("/proc/self/fd");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(fds));
        // One kept-alive connection, so that the count moves only with what the server opens.
        var client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        java.net.URI uri = java.net.URI.create(
                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/axes");
        java.util.function.IntConsumer send = n -> {
            for (int i = 0; i < n; i++) {
                try {
                    var response = client.send(
                            java.net.http.HttpRequest.newBuilder(uri)
                                    .header("X-Forwarded-For", uniqueIp())
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                    assertEquals(200, response.statusCode());
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        send.accept(20);
        long before;
        try (var list = java.nio.file.Files.list(fds)) {
            before = list.count();
        }
        send.accept(300);
        long after;
        try (var list = java.nio.file.Files.list(fds)) {
            after = list.count();
        }
        assertTrue(after - before < 50, "open files grew from " + before + " to " + after);
    }

    @Test
    void keepsSeparateBuckets_forDifferentClientIps() {
        String first = uniqueIp();
        String second = uniqueIp();
        for (int i = 0; i < LIMIT; i++) {
            anonymousGet(first).then().statusCode(200);
        }
        anonymousGet(first).then().statusCode(429);
        anonymousGet(second).then().statusCode(200).header("RateLimit-Remaining", String.valueOf(LIMIT - 1));
    }

    @Test
    void neverLimitsHealth() {
        String ip = uniqueIp();
        for (int i = 0; i < LIMIT + 3; i++) {
            given().header("X-Forwarded-For", ip)
                    .get("/q/health")
                    .then()
                    .statusCode(not(429))
                    .header("RateLimit-Limit", nullValue());
        }
        // The health checks did not use up the client's API bucket.
        anonymousGet(ip).then().statusCode(200).header("RateLimit-Remaining", String.valueOf(LIMIT - 1));
    }

    @Test
    void countsAnonymousRequestWithUnverifiableToken_inTheAnonymousBucket() {
        String ip = uniqueIp();
        for (int i = 0; i < LIMIT; i++) {
            given().header("X-Forwarded-For", ip)
                    .auth()
                    .oauth2("not-a-token")
                    .get("/api/v1/axes")
                    .then()
                    .statusCode(not(429))
                    .header("RateLimit-Limit", String.valueOf(LIMIT));
        }
        anonymousGet(ip).then().statusCode(429);
    }

    @Test
    void countsUnknownPaths_inTheReadBucket_andAnonymousWrites_inTheSharedWriteBucketOfTheAddress() {
        String ip = uniqueIp();
        given().header("X-Forwarded-For", ip)
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .header("RateLimit-Remaining", String.valueOf(LIMIT - 1));
        for (int i = 1; i <= RateLimitTestProfile.WRITE_REQUESTS; i++) {
            given().header("X-Forwarded-For", ip)
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .post("/api/v1/axes")
                    .then()
                    .statusCode(401)
                    .header("RateLimit-Limit", String.valueOf(RateLimitTestProfile.WRITE_REQUESTS))
                    .header("RateLimit-Remaining", String.valueOf(RateLimitTestProfile.WRITE_REQUESTS - i));
        }
        given().header("X-Forwarded-For", ip)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/axes")
                .then()
                .statusCode(429)
                .contentType("application/problem+json");
        // The writes did not use the address's read bucket.
        anonymousGet(ip).then().statusCode(200).header("RateLimit-Remaining", String.valueOf(LIMIT - 2));
    }

    @Test
    @TestSecurity(user = "rate-writer-one", roles = "admin")
    void limitsWritesOfAnAuthenticatedUser_afterTwo_butNotTheirReads() {
        createAxis().then().statusCode(201).header("RateLimit-Limit", "2").header("RateLimit-Remaining", "1");
        createAxis().then().statusCode(201).header("RateLimit-Remaining", "0");
        Response rejected = createAxis();
        rejected.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/axes"));
        assertTrue(Long.parseLong(rejected.header("Retry-After")) > 0);
        for (int i = 0; i < LIMIT + 2; i++) {
            given().get("/api/v1/axes").then().statusCode(200).header("RateLimit-Limit", nullValue());
        }
    }

    /** Run in either order with the test above, each user still gets their own two writes. */
    @Test
    @TestSecurity(user = "rate-writer-two", roles = "admin")
    void keepsSeparateWriteBuckets_forDifferentUsers() {
        createAxis().then().statusCode(201);
        createAxis().then().statusCode(201);
        createAxis().then().statusCode(429).header("Retry-After", notNullValue());
    }

    /**
     * What several replicas on one database do: concurrent takes from one shared bucket, from many
     * threads and from two limiters (two replicas), give exactly the limit and lose no update.
     */
    @Test
    void sharedBuckets_giveExactlyTheLimit_acrossConcurrentReplicas() throws Exception {
        String key = TestData.unique("concurrency");
        RateLimiter otherReplica = new RateLimiter(dataSource);
        int limit = 150;
        int threads = 8;
        int perThread = 25;
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                RateLimiter replica = t % 2 == 0 ? limiter : otherReplica;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        if (replica.shared(key, limit, Duration.ofHours(1)).allowed()) {
                            allowed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS); // rethrows any exception of the thread
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(limit, allowed.get());
        RateLimitDecision next = otherReplica.shared(key, limit, Duration.ofHours(1));
        assertFalse(next.allowed());
        assertTrue(next.resetSeconds() >= 1 && next.resetSeconds() <= 30, "a token is back in 24 s");
    }

    @Test
    void localBuckets_refillContinuously_withoutABurstAtAWindowEdge() throws InterruptedException {
        String key = TestData.unique("local");
        for (int i = 0; i < 2; i++) {
            assertTrue(limiter.local(key, 2, Duration.ofSeconds(1)).allowed());
        }
        assertFalse(limiter.local(key, 2, Duration.ofSeconds(1)).allowed());
        Thread.sleep(600); // one token back after 0.5 s
        assertTrue(limiter.local(key, 2, Duration.ofSeconds(1)).allowed());
        assertFalse(limiter.local(key, 2, Duration.ofSeconds(1)).allowed());
    }
}
