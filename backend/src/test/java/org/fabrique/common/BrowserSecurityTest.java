package org.fabrique.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** CORS for the SPA's origin only, and security headers that leave Swagger UI working. */
@QuarkusTest
class BrowserSecurityTest {

    @Test
    void theSpaOriginMayCallTheApi() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/coalitions/x")
                .then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Allow-Methods", containsString("PUT"));
        given().header("Origin", "http://localhost:5173")
                .get("/api/v1/axes")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example")
                .get("/api/v1/axes")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void apiResponsesCarrySecurityHeaders() {
        given().get("/api/v1/axes")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void swaggerUiKeepsItsScriptsAndSignsInThroughKeycloak() {
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8180"));
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .body("components.securitySchemes.SecurityScheme.type", equalTo("openIdConnect"));
    }
}
