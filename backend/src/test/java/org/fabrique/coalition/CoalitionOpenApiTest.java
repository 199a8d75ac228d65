package org.fabrique.coalition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoalitionOpenApiTest {
    @Test
    void describesCoalitionOperationsAndSchemas() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("\"listCoalitions\""))
                .body(containsString("\"updateCoalition\""))
                .body(containsString("\"addImpactMeasure\""))
                .body(containsString("\"listActorMemberships\""))
                .body(containsString("\"listTerritoryCoalitions\""))
                .body(containsString("\"CoalitionProblem\""))
                .body(containsString("\"GovernanceWarnings\""));
    }
}
