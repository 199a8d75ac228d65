package org.fabrique.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every error, the framework's own included, is RFC 9457 problem+json without internals. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void unknownPathIs404Problem() {
        given().get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://fabrique.example/problems/not-found"));
    }

    @Test
    void aNulCharacterInAPathIs400Problem_not500() {
        // PostgreSQL cannot hold a NUL character; found by deploy/tests/fuzz.test.mjs.
        for (String path : new String[] {"/api/v1/coalitions/%00", "/api/v1/events/%00", "/api/v1/people/a%00b"}) {
            given().urlEncodingEnabled(false)
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));
        }
    }

    @Test
    void wrongMethodIs405Problem() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .patch("/api/v1/axes")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void wrongMediaTypeIs415Problem() {
        given().contentType(ContentType.TEXT)
                .body("name=x")
                .post("/api/v1/axes")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void malformedJsonIs400ProblemWithoutInternals() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"unterminated")
                .post("/api/v1/axes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(allOf(
                        not(containsString("jackson")),
                        not(containsString("Exception")),
                        not(containsString("at org."))));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void wrongTypeInJsonNamesTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"colour\": \"#123456\", \"position\": \"first\"}")
                .post("/api/v1/axes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("position"));
    }

    @Test
    void badPagingParametersAre400Problems() {
        given().queryParam("page", "-1")
                .get("/api/v1/coalitions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
        given().queryParam("page", "abc")
                .get("/api/v1/coalitions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
        given().queryParam("size", "1000")
                .get("/api/v1/coalitions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("size"));
        given().queryParam("sort", "password")
                .get("/api/v1/coalitions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().queryParam("stage", "flying")
                .get("/api/v1/coalitions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("stage"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void bodyOverTheLimitIs413ProblemWithoutInternals() {
        // quarkus.http.limits.max-body-size=1M: one byte more is refused before it is read.
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + "a".repeat(1024 * 1024) + "\"}")
                .post("/api/v1/axes")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("type", equalTo("https://fabrique.example/problems/payload-too-large"))
                .body("detail", equalTo("The request body is larger than 1 MiB."))
                .body(allOf(not(containsString("Exception")), not(containsString("at io."))));
    }

    /**
     * The HTTP codec (Vert.x) refuses a request line over quarkus.http.limits.max-initial-line-length
     * before any handler of ours runs, and Quarkus offers no hook to shape that answer: the status is
     * right and nothing leaks (empty body). nginx in front, whose limits are lower, answers these as
     * problem+json (deploy/tests/nginx-refusals.test.mjs).
     */
    @Test
    void uriOverTheLimitIs414WithoutInternals() {
        given().get("/api/v1/axes?q=" + "a".repeat(9000)).then().statusCode(414).body(equalTo(""));
    }

    /** As the request line: the codec answers 431 for headers over quarkus.http.limits.max-header-size. */
    @Test
    void headersOverTheLimitAre431WithoutInternals() {
        given().header("X-Filler", "a".repeat(21 * 1024))
                .get("/api/v1/axes")
                .then()
                .statusCode(431)
                .body(equalTo(""));
    }

    @Test
    void healthIncludesTheDatabase() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }
}
