package org.fabrique.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Real tokens from the local Keycloak that ./test.sh starts (realm-reset-local.json). When it
 * does not answer, tests that need it fail if FABRIQUE_KEYCLOAK_REQUIRED=true (as ./test.sh and
 * CI set it) and are skipped otherwise (a developer running one test class without Keycloak).
 */
public final class Keycloak {
    public static final String BASE = System.getProperty("fabrique.keycloak.url", "http://localhost:8180");
    public static final String PARTNER_SECRET = "partner-demo-local-secret";
    /** The partner platform clients of the local realm: two, to show that partners are isolated. */
    public static final String PARTNER = "partner-demo";

    public static final String OTHER_PARTNER = "partner-demo-2";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Tokens of the run by user or client, each kept for 4 minutes: the realm's tokens live 5, and
     * a whole backend run on a busy machine lasts longer than that.
     */
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private static final Duration REUSE_FOR = Duration.ofMinutes(4);

    private record Cached(String token, java.time.Instant fetchedAt) {
        boolean fresh() {
            return java.time.Instant.now().isBefore(fetchedAt.plus(REUSE_FOR));
        }
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        return CACHE.compute(
                        key,
                        (k, old) -> old != null && old.fresh() ? old : new Cached(fetch.get(), java.time.Instant.now()))
                .token();
    }

    private Keycloak() {}

    public static void requireRunning() {
        boolean up;
        try {
            up = HTTP.send(
                                    HttpRequest.newBuilder(
                                                    URI.create(BASE + "/realms/reset/.well-known/openid-configuration"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (Exception e) {
            up = false;
        }
        if (!up) {
            String message = "Keycloak does not answer at " + BASE + " (./test.sh starts it)";
            if (Boolean.parseBoolean(System.getenv("FABRIQUE_KEYCLOAK_REQUIRED"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
    }

    /** An access token of a demo user (password = user name), reused while it is fresh. */
    public static String token(String user) {
        return cached(user, () -> password("reset", "fabrique-dev", user, user));
    }

    /** The partner platform's token (client credentials of partner-demo). */
    public static String partnerToken() {
        return partnerToken(PARTNER);
    }

    /** A partner platform's token: client credentials of {@link #PARTNER} or {@link #OTHER_PARTNER}. */
    public static String partnerToken(String client) {
        String secret = client.equals(PARTNER) ? PARTNER_SECRET : client + "-local-secret";
        return cached(
                client,
                () -> grant(
                        "reset",
                        Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret)));
    }

    /** A fresh token of a client whose tokens live 2 seconds. */
    public static String shortLivedToken(String user) {
        return password("reset", "fabrique-dev-short", user, user);
    }

    /** A token without the API audience. */
    public static String noAudienceToken(String user) {
        return password("reset", "fabrique-dev-noaudience", user, user);
    }

    /** A token of another realm: another issuer and other keys. */
    public static String otherIssuerToken() {
        return password("elsewhere", "fabrique-dev", "admin", "admin");
    }

    /** A fresh (not cached) token of a user of the reset realm, by its password. */
    public static String freshToken(String user, String password) {
        return password("reset", "fabrique-dev", user, password);
    }

    /**
     * Creates a user in the reset realm through the admin API (as the master realm's admin), with a
     * verified address and a password: a person who signed up. Returns the user's id (the subject).
     */
    public static String createUser(String username, String email, String password) {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of(
                    "username",
                    username,
                    "email",
                    email,
                    "emailVerified",
                    true,
                    "enabled",
                    true,
                    "firstName",
                    "Sam",
                    "lastName",
                    "Supprimé",
                    "credentials",
                    java.util.List.of(Map.of("type", "password", "value", password, "temporary", false))));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        HttpResponse<String> created = admin(HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/reset/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("User not created: " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The admin API's status for a user of the reset realm: 200 while it exists, 404 once removed. */
    public static int userStatus(String id) {
        return admin(HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/reset/users/" + id))
                        .GET())
                .statusCode();
    }

    private static HttpResponse<String> admin(HttpRequest.Builder request) {
        String token = password("master", "admin-cli", "kc-admin", "kc-admin");
        try {
            return HTTP.send(
                    request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String password(String realm, String client, String user, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", client);
        form.put("username", user);
        form.put("password", password);
        return grant(realm, form);
    }

    private static String grant(String realm, Map<String, String> form) {
        try {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(BASE + "/realms/" + realm + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body());
            if (!json.has("access_token")) {
                throw new IllegalStateException("No token from Keycloak: " + response.body());
            }
            return json.get("access_token").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
