package org.fabrique.common.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.fabrique.support.Keycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 12: who changed what and when, kept by Hibernate Envers and served per resource. */
@QuarkusTest
class HistoryTest {
    @BeforeEach
    void keycloak() {
        Keycloak.requireRunning();
    }

    private static String createActor(String token) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of(
                        "name",
                        "History " + System.nanoTime(),
                        "kind",
                        "ASSOCIATION",
                        "website",
                        "https://before.example"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    private static void changeWebsite(String token, String slug, String website) {
        given().auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body(Map.of("website", website))
                .patch("/api/v1/actors/" + slug)
                .then()
                .statusCode(200);
    }

    @Test
    void aChangeByARealTokenAppearsWithItsDifferenceAndAuthor_newestFirst_paged() {
        String editor = Keycloak.token("editor");
        String slug = createActor(editor);
        changeWebsite(editor, slug, "https://after.example");

        given().auth()
                .oauth2(editor)
                .get("/api/v1/actors/" + slug + "/history")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].kind", equalTo("UPDATED"))
                .body("items[0].author.kind", equalTo("ACCOUNT"))
                .body("items[0].author.name", notNullValue())
                .body("items[0].author.name", not(containsString("@")))
                .body("items[0].changedAt", notNullValue())
                .body("items[0].changes.size()", equalTo(1))
                .body("items[0].changes[0].field", equalTo("website"))
                .body("items[0].changes[0].before", equalTo("https://before.example"))
                .body("items[0].changes[0].after", equalTo("https://after.example"))
                .body("items[1].kind", equalTo("CREATED"))
                .body("items[1].changes.field", hasItem("name"));
        given().auth()
                .oauth2(editor)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/v1/actors/" + slug + "/history")
                .then()
                .statusCode(200)
                .body("totalPages", equalTo(2))
                .body("items.size()", equalTo(1))
                .body("items[0].kind", equalTo("CREATED"));
        given().auth()
                .oauth2(editor)
                .queryParam("size", 1000)
                .get("/api/v1/actors/" + slug + "/history")
                .then()
                .statusCode(400);
    }

    @Test
    void onlyThoseWhoMayEditReadTheHistory() {
        String slug = createActor(Keycloak.token("admin"));
        given().get("/api/v1/actors/" + slug + "/history").then().statusCode(401);
        given().auth()
                .oauth2(Keycloak.token("coordinator2"))
                .get("/api/v1/actors/" + slug + "/history")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Keycloak.token("admin"))
                .get("/api/v1/actors/no-such-actor-anywhere/history")
                .then()
                .statusCode(404);
    }

    @Test
    void aDeletedAccountIsNoLongerNamedInTheHistory() {
        String username = "history-" + System.nanoTime();
        String password = "Un mot de passe assez long 1";
        Keycloak.createUser(username, username + "@example.org", password);
        String token = Keycloak.freshToken(username, password);
        String account = given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("id");
        String admin = Keycloak.token("admin");
        String slug = createActor(admin);
        given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("actors", List.of(slug), "territories", List.of()))
                .put("/api/v1/accounts/" + account + "/links")
                .then()
                .statusCode(200);
        changeWebsite(token, slug, "https://by-a-linked-account.example");
        given().auth()
                .oauth2(admin)
                .get("/api/v1/actors/" + slug + "/history")
                .then()
                .body("items[0].author.kind", equalTo("ACCOUNT"));

        given().auth().oauth2(token).delete("/api/v1/me").then().statusCode(200);

        given().auth()
                .oauth2(admin)
                .get("/api/v1/actors/" + slug + "/history")
                .then()
                .statusCode(200)
                .body("items[0].author.kind", equalTo("DELETED"))
                .body("items[0].author.name", equalTo(null))
                .body("items[0].changes[0].after", equalTo("https://by-a-linked-account.example"));
    }
}
