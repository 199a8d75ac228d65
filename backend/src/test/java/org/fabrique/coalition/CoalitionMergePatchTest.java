package org.fabrique.coalition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.fabrique.support.MergePatchContract;
import org.junit.jupiter.api.Test;

/** {@link MergePatchContract} on coalitions. */
@QuarkusTest
class CoalitionMergePatchTest extends MergePatchContract {

    @Override
    protected String create() {
        return newCoalition();
    }

    @Override
    protected String changedField() {
        return "stage";
    }

    @Override
    protected Object changedValue() {
        return "COMMITTED";
    }

    /** A change of stage is dated: the stage history follows it. */
    @Override
    protected java.util.Set<String> derivedFields() {
        java.util.Set<String> derived = new java.util.HashSet<>(super.derivedFields());
        derived.add("stageHistory");
        return derived;
    }

    @Override
    protected String optionalField() {
        return "vision";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/coalitions/formations-superieures-numeriques-ethiques";
    }

    @Test
    @TestSecurity(user = "patch-admin", roles = "admin")
    void axesReadAsObjectsAreWrittenBack_andNestedErrorsNameTheirPath() {
        String path = create();
        given().contentType(PATCH_JSON)
                .body(Map.of(
                        "axes",
                        List.of(Map.of("slug", "environnement", "name", "ignored"), "democratie-ethique-libertes")))
                .patch(path)
                .then()
                .statusCode(200)
                .body("axes.slug", equalTo(List.of("environnement", "democratie-ethique-libertes")))
                .body("problems[0].actors[0].slug", equalTo("latitudes"))
                .body("impacts[0].title", equalTo("Un impact"));
        given().contentType(PATCH_JSON)
                .body(Map.of("problems", List.of(Map.of("title", ""))))
                .patch(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("problems[0].title"));
    }
}
