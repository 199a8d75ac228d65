package org.fabrique.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml at the repository root is the contract for partner platforms: it must be exactly
 * what the code serves. Regenerate it with scripts/update-openapi.sh (which runs this test with
 * -Dopenapi.update=true).
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void checkedInContractIsWhatTheCodeServes() throws Exception {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(CONTRACT), "openapi.yaml is missing: run scripts/update-openapi.sh");
        String checkedIn = Files.readString(CONTRACT, StandardCharsets.UTF_8);
        assertEquals(checkedIn, served, "openapi.yaml is stale: run scripts/update-openapi.sh and commit it");
    }

    @Test
    void everyOperationHasAnOperationId() {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .extract()
                .asString();
        Matcher methods =
                Pattern.compile("(?m)^    (get|put|post|delete|patch):$").matcher(served);
        Matcher ids = Pattern.compile("(?m)^      operationId: ").matcher(served);
        int operations = 0;
        while (methods.find()) {
            operations++;
        }
        int withId = 0;
        while (ids.find()) {
            withId++;
        }
        assertTrue(operations > 0);
        assertEquals(operations, withId, "every operation needs an operationId");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
