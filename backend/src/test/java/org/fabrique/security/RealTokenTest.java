package org.fabrique.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.fabrique.support.Keycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens issued by the real Keycloak: who gets in, who does not, and what each may do. */
@QuarkusTest
class RealTokenTest {
    private static final String C3 = "/api/v1/coalitions/formations-superieures-numeriques-ethiques";

    @BeforeEach
    void keycloak() {
        Keycloak.requireRunning();
    }

    @Test
    void everyDemoUserSignsInWithTheirRole() {
        for (String user : new String[] {
            "member", "coordinator", "coordinator2", "territory-manager", "editor", "moderator", "admin"
        }) {
            String role = user.equals("coordinator2") ? "coordinator" : user;
            given().auth()
                    .oauth2(Keycloak.token(user))
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .body("username", equalTo(user))
                    .body("roles", hasItem(role));
        }
    }

    @Test
    void theAdminHasEveryRole() {
        given().auth()
                .oauth2(Keycloak.token("admin"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", hasItems("admin", "coordinator", "editor", "moderator", "territory-manager", "member"));
    }

    @Test
    void thePartnerPlatformReadsButDoesNotWrite() {
        String token = Keycloak.partnerToken();
        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", equalTo(java.util.List.of("partner")));
        given().auth().oauth2(token).get("/api/v1/coalitions").then().statusCode(200);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Partner coalition", "stage", "EMERGING"))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theCoordinatorOfCoalition3EditsIt_andAnotherCoordinatorGets403() {
        long impact = given().get(C3).then().extract().jsonPath().getLong("impacts[0].id");
        Map<String, Object> measure = Map.of("measuredOn", "2022-06-30", "value", 25, "evidence", "Real-token test");
        given().auth()
                .oauth2(Keycloak.token("coordinator2"))
                .contentType(ContentType.JSON)
                .body(measure)
                .post(C3 + "/impacts/" + impact + "/measures")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        long id = given().auth()
                .oauth2(Keycloak.token("coordinator"))
                .contentType(ContentType.JSON)
                .body(measure)
                .post(C3 + "/impacts/" + impact + "/measures")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        given().auth()
                .oauth2(Keycloak.token("coordinator"))
                .delete(C3 + "/impacts/" + impact + "/measures/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Keycloak.token("coordinator"))
                .get(C3 + "/permissions")
                .then()
                .body("edit", equalTo(true));
        given().auth()
                .oauth2(Keycloak.token("coordinator2"))
                .get(C3 + "/permissions")
                .then()
                .body("edit", equalTo(false));
    }

    @Test
    void anExpiredTokenIs401() throws InterruptedException {
        String token = Keycloak.shortLivedToken("admin");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        // The token lives 2 s; the API allows 5 s of clock skew.
        Thread.sleep(8_500);
        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
    }

    @Test
    void aForgedSignatureIs401() {
        String token = Keycloak.token("admin");
        int dot = token.lastIndexOf('.');
        char last = token.charAt(dot + 5);
        String forged = token.substring(0, dot + 5) + (last == 'A' ? 'B' : 'A') + token.substring(dot + 6);
        given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401);
        // A token whose payload was changed (role added) with the original signature.
        String[] parts = token.split("\\.");
        String payload = new String(
                        java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"member\"", "\"member\",\"superuser\"");
        String tampered = parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2];
        given().auth().oauth2(tampered).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        given().auth()
                .oauth2(Keycloak.noAudienceToken("admin"))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        given().auth()
                .oauth2(Keycloak.otherIssuerToken())
                .get("/api/v1/me")
                .then()
                .statusCode(401);
    }

    @Test
    void garbageIsAProblem401() {
        given().header("Authorization", "Bearer not.a.token")
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
