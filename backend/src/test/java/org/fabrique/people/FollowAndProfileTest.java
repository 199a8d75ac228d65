package org.fabrique.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FollowAndProfileTest {
    private static final String COALITION_3 = "formations-superieures-numeriques-ethiques";

    @Test
    @TestSecurity(user = "follower-one", roles = "member")
    void follows_andUnfollows_idempotently_listingNamesNewestFirst() {
        given().put("/api/v1/me/follows/coalition/" + COALITION_3).then().statusCode(204);
        given().put("/api/v1/me/follows/coalition/" + COALITION_3).then().statusCode(204);
        given().put("/api/v1/me/follows/axis/environnement").then().statusCode(204);
        given().get("/api/v1/me/follows/coalition/" + COALITION_3)
                .then()
                .statusCode(200)
                .body("following", equalTo(true));
        given().get("/api/v1/me/follows")
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].type", equalTo("axis"))
                .body("[1].slug", equalTo(COALITION_3))
                .body(
                        "[1].name",
                        equalTo(
                                "Pour des formations supérieures numériques intégrant les questions éthiques sociales et environnementales"));
        given().delete("/api/v1/me/follows/coalition/" + COALITION_3).then().statusCode(204);
        given().delete("/api/v1/me/follows/coalition/" + COALITION_3).then().statusCode(204);
        given().get("/api/v1/me/follows/coalition/" + COALITION_3)
                .then()
                .statusCode(200)
                .body("following", equalTo(false));
        given().get("/api/v1/me/follows/event/no-such-event")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/me/follows").then().body("", hasSize(1));
    }

    @Test
    @TestSecurity(user = "follower-two", roles = "member")
    void unknownTargets_are404_andUnknownTypes_400() {
        given().put("/api/v1/me/follows/coalition/no-such-coalition")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().put("/api/v1/me/follows/planet/mars")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void anonymousCallers_cannotFollow() {
        given().put("/api/v1/me/follows/coalition/" + COALITION_3).then().statusCode(401);
        given().get("/api/v1/me/profile").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "profiled", roles = "member")
    @OidcSecurity(
            claims = {
                @Claim(key = "email", value = "profiled@example.org"),
                @Claim(key = "email_verified", value = "true")
            })
    void profile_takesTheVerifiedAddress_andKeepsTheChoices() {
        given().get("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .body("email", equalTo("profiled@example.org"))
                .body("language", equalTo("fr"))
                .body("notificationMode", equalTo("IMMEDIATE"));
        given().contentType(ContentType.JSON)
                .body(Map.of("displayName", " Pro Filé ", "language", "en", "notificationMode", "DAILY"))
                .put("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Pro Filé"))
                .body("language", equalTo("en"))
                .body("notificationMode", equalTo("DAILY"));
        given().get("/api/v1/me/profile").then().body("notificationMode", equalTo("DAILY"));
        given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "", "language", "de", "notificationMode", "SOMETIMES"))
                .put("/api/v1/me/profile")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
