package org.fabrique.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI's Authorize discovers Keycloak from the served document: the address must be the
 * deployment's (read at start), not the one known when the jar was built.
 */
@QuarkusTest
@TestProfile(OidcDiscoveryFilterTest.AnotherKeycloak.class)
class OidcDiscoveryFilterTest {
    public static class AnotherKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fabrique.keycloak.url", "https://auth.example.org/");
        }
    }

    @Test
    void theServedDocumentNamesTheDeploymentsKeycloak() {
        given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString(
                        "openIdConnectUrl: https://auth.example.org/realms/reset/.well-known/openid-configuration"))
                .body(not(containsString("localhost:8180")));
    }
}
