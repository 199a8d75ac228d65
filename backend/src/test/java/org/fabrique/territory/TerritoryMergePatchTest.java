package org.fabrique.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.fabrique.support.MergePatchContract;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

/** {@link MergePatchContract} on territories. */
@QuarkusTest
class TerritoryMergePatchTest extends MergePatchContract {
    @Override
    protected String create() {
        return created(
                Map.of(
                        "slug", TestData.unique("patch-commune"),
                        "name", "Commune à corriger",
                        "kind", "COMMUNE",
                        "code", "59350",
                        "parent", "metropole-europeenne-de-lille",
                        "description", "Une description"),
                "/api/v1/territories");
    }

    @Override
    protected String changedField() {
        return "name";
    }

    @Override
    protected Object changedValue() {
        return "Commune corrigée";
    }

    @Override
    protected String optionalField() {
        return "code";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/territories/metropole-europeenne-de-lille";
    }

    @Test
    @TestSecurity(user = "patch-admin", roles = "admin")
    void aReferenceIsPatchedAsASlugOrAsTheObjectRead() {
        String path = create();
        given().contentType(PATCH_JSON)
                .body(Map.of("parent", "hauts-de-france"))
                .patch(path)
                .then()
                .statusCode(200)
                .body("parent.slug", equalTo("hauts-de-france"));
        given().contentType(PATCH_JSON)
                .body(Map.of("parent", Map.of("slug", "metropole-europeenne-de-lille", "name", "ignored")))
                .patch(path)
                .then()
                .statusCode(200)
                .body("parent.slug", equalTo("metropole-europeenne-de-lille"));
        given().contentType(PATCH_JSON)
                .body(Map.of("parent", Map.of("slug", "no-such-territory")))
                .patch(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
