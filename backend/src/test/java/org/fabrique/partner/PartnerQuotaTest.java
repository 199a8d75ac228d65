package org.fabrique.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.fabrique.support.Keycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-client quotas of partner platforms, with real client-credentials tokens: a partner gets more
 * than an anonymous caller, is stopped at its own quota with a 429 problem, and two partners'
 * quotas are independent; writes are counted in the bucket every replica shares (PostgreSQL).
 */
@QuarkusTest
@TestProfile(PartnerQuotaTestProfile.class)
class PartnerQuotaTest {
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void keycloak() throws SQLException {
        Keycloak.requireRunning();
        // Shared write buckets outlive a run by up to a minute: start each test with full ones.
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("delete from rate_limit_bucket where id like 'write:partner:%'")) {
            s.executeUpdate();
        }
    }

    @Test
    void aPartnerReadsMoreThanAnAnonymousCaller_untilItsOwnQuota_andAnotherPartnerStillReads() {
        String ip = "10.%d.%d.%d".formatted(rnd(), rnd(), 1 + rnd() % 254);
        for (int i = 0; i < PartnerQuotaTestProfile.ANONYMOUS_READS; i++) {
            given().header("X-Forwarded-For", ip).get("/api/v1/axes").then().statusCode(200);
        }
        given().header("X-Forwarded-For", ip).get("/api/v1/axes").then().statusCode(429);

        String partner = Keycloak.partnerToken(Keycloak.PARTNER);
        String other = Keycloak.partnerToken(Keycloak.OTHER_PARTNER);
        int limit = PartnerQuotaTestProfile.PARTNER_READS;
        assertTrue(limit > PartnerQuotaTestProfile.ANONYMOUS_READS);
        for (int i = 1; i <= limit; i++) {
            given().auth()
                    .oauth2(partner)
                    .get("/api/v1/axes")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", String.valueOf(limit))
                    .header("RateLimit-Remaining", String.valueOf(limit - i));
        }
        tooManyRequests(given().auth().oauth2(partner).get("/api/v1/axes"), limit);

        given().auth()
                .oauth2(other)
                .get("/api/v1/axes")
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(limit - 1));
    }

    @Test
    void aPartnerWritesMoreThanAnAnonymousCaller_untilItsOwnSharedQuota_andAnotherPartnerStillWrites()
            throws SQLException {
        String ip = "10.%d.%d.%d".formatted(rnd(), rnd(), 1 + rnd() % 254);
        for (int i = 0; i < PartnerQuotaTestProfile.ANONYMOUS_WRITES; i++) {
            write(given().header("X-Forwarded-For", ip)).then().statusCode(401);
        }
        write(given().header("X-Forwarded-For", ip)).then().statusCode(429);

        String partner = Keycloak.partnerToken(Keycloak.PARTNER);
        int limit = PartnerQuotaTestProfile.PARTNER_WRITES;
        assertTrue(limit > PartnerQuotaTestProfile.ANONYMOUS_WRITES);
        for (int i = 1; i <= limit; i++) {
            // Past the quota's check, whatever the partner's links: 400 or 403, never 429.
            write(given().auth().oauth2(partner))
                    .then()
                    .statusCode(not(equalTo(429)))
                    .header("RateLimit-Limit", String.valueOf(limit))
                    .header("RateLimit-Remaining", String.valueOf(limit - i));
        }
        tooManyRequests(write(given().auth().oauth2(partner)), limit);
        assertEquals(1, rows("write:partner:" + Keycloak.PARTNER), "the bucket lives in PostgreSQL");

        write(given().auth().oauth2(Keycloak.partnerToken(Keycloak.OTHER_PARTNER)))
                .then()
                .statusCode(not(equalTo(429)))
                .header("RateLimit-Remaining", String.valueOf(limit - 1));
    }

    private static Response write(io.restassured.specification.RequestSpecification spec) {
        return spec.contentType("application/json").body("{}").post("/api/v1/resources");
    }

    private static void tooManyRequests(Response response, int limit) {
        response.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("detail", containsString("partner client may send " + limit + " requests per 60 seconds"))
                .header("RateLimit-Remaining", "0");
        long retryAfter = Long.parseLong(response.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
    }

    private int rows(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from rate_limit_bucket where id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static int rnd() {
        return ThreadLocalRandom.current().nextInt(256);
    }
}
