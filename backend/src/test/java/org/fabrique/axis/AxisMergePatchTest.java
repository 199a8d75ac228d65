package org.fabrique.axis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.fabrique.support.MergePatchContract;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

/** {@link MergePatchContract} on axes. */
@QuarkusTest
class AxisMergePatchTest extends MergePatchContract {
    @Override
    protected String create() {
        return created(
                Map.of(
                        "slug", TestData.unique("patch-axis"),
                        "name", "Axe à corriger",
                        "description", "Une description",
                        "colour", "#123456",
                        "position", 40),
                "/api/v1/axes");
    }

    @Override
    protected String changedField() {
        return "name";
    }

    @Override
    protected Object changedValue() {
        return "Axe corrigé";
    }

    @Override
    protected String optionalField() {
        return "description";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/axes/environnement";
    }

    @Test
    @TestSecurity(user = "patch-admin", roles = "admin")
    void aPatchedBodyIsValidatedWithTheMessagesOfPut() {
        String path = create();
        given().contentType(PATCH_JSON)
                .body(Map.of("colour", "red"))
                .patch(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'colour' }.message", equalTo("must be a colour like #2e7d32"));
        given().contentType(PATCH_JSON)
                .body(Map.of("position", "first"))
                .patch(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("position"));
        given().contentType(PATCH_JSON)
                .body("{\"name\": null}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"));
    }
}
