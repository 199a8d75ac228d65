package org.fabrique.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/**
 * Links a partner client's account to actors as an admin does: the partner calls the API once
 * (its account is made), then the admin puts the links, all with real Keycloak tokens.
 */
public final class Partners {
    private Partners() {}

    /** The account id of a partner client (its account is made on its first call). */
    public static long accountOf(String client) {
        return given().auth()
                .oauth2(Keycloak.partnerToken(client))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Replaces the actors the partner client's account acts for (none unlinks it). */
    public static long link(String client, String... actorSlugs) {
        long id = accountOf(client);
        given().auth()
                .oauth2(Keycloak.token("admin"))
                .contentType("application/json")
                .body(Map.of("actors", List.of(actorSlugs), "territories", List.of()))
                .put("/api/v1/accounts/" + id + "/links")
                .then()
                .statusCode(200);
        return id;
    }
}
