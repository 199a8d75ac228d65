package org.fabrique.axis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AxisResourceTest {

    private static Map<String, Object> axis(String slug, String name) {
        return Map.of("slug", slug, "name", name, "colour", "#123456", "position", 50);
    }

    @Test
    void listsSeedAxesInOrderWithClouds() {
        given().when()
                .get("/api/v1/axes")
                .then()
                .statusCode(200)
                .body("slug", hasItem("environnement"))
                .body("find { it.slug == 'environnement' }.keywords", notNullValue());
    }

    @Test
    void getsAxisBySlugWithEtag_andAnswers304WhenUnchanged() {
        String etag = given().get("/api/v1/axes/environnement")
                .then()
                .statusCode(200)
                .body("slug", equalTo("environnement"))
                .header("ETag", notNullValue())
                .header("Cache-Control", startsWith("no-cache"))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/axes/environnement")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", startsWith("no-cache"));
    }

    @Test
    void aReadWhoseIfMatchNamesAnotherVersionIs412Problem() {
        // Found by deploy/tests/fuzz.test.mjs: the 412 came without a problem body.
        for (String path : new String[] {"/api/v1/axes/environnement", "/api/v1/panorama"}) {
            given().header("If-Match", "\"999999.nope\"")
                    .get(path)
                    .then()
                    .statusCode(412)
                    .contentType("application/problem+json")
                    .body("status", equalTo(412));
        }
    }

    @Test
    void unknownAxisIs404Problem() {
        given().get("/api/v1/axes/nope")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"));
    }

    @Test
    void createAxisRequiresAuthentication() {
        given().contentType(ContentType.JSON)
                .body(axis(TestData.unique("ax"), "Anonymous"))
                .post("/api/v1/axes")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void createAxisIsForbiddenToEditor() {
        given().contentType(ContentType.JSON)
                .body(axis(TestData.unique("ax"), "Editor"))
                .post("/api/v1/axes")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void createsUpdatesAndDeletesAxis_whenAdmin() {
        String slug = TestData.unique("axis");
        given().contentType(ContentType.JSON)
                .body(axis(slug, "Numérique responsable"))
                .post("/api/v1/axes")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("slug", equalTo(slug))
                .body("coalitionCount", equalTo(0));

        String etag = given().get("/api/v1/axes/" + slug).then().extract().header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(axis(slug, "Numérique sobre"))
                .put("/api/v1/axes/" + slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("Numérique sobre"));
        // The first tag is stale now.
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(axis(slug, "Lost update"))
                .put("/api/v1/axes/" + slug)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        given().delete("/api/v1/axes/" + slug).then().statusCode(204);
        given().get("/api/v1/axes/" + slug).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void invalidAxisListsEachField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", "Bad Slug", "colour", "red"))
                .post("/api/v1/axes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("colour"))
                .body("errors.field", hasItem("slug"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void duplicateSlugIs409() {
        given().contentType(ContentType.JSON)
                .body(axis("environnement", "Again"))
                .post("/api/v1/axes")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }
}
