package org.fabrique.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every editable resource does with its representations (issue 14, "Partner platforms"): a
 * GET body sent back with PUT is accepted and changes nothing; a JSON Merge Patch changes what it
 * names and keeps the rest, removes an optional field set to null, honours If-Match, is refused to
 * a caller without the right before its body is read, and only as application/merge-patch+json.
 * Each editable resource has a subclass that makes its own data.
 */
public abstract class MergePatchContract {
    protected static final String MERGE_PATCH = "application/merge-patch+json";
    /** What REST Assured must be told to encode the body in UTF-8, as JSON always is. */
    protected static final String PATCH_JSON = MERGE_PATCH + "; charset=UTF-8";

    /** Creates a new resource (as an admin) and returns the path a GET reads it at. */
    protected abstract String create();

    /** A field every subclass can change, and a value it does not have yet. */
    protected abstract String changedField();

    protected abstract Object changedValue();

    /** Where the changed value shows in the representation read (the field itself by default). */
    protected String changedPath() {
        return changedField();
    }

    /** Whether the resource has an optional field; without, a null is refused as a PUT without it is. */
    protected boolean nullRemoves() {
        return true;
    }

    /** An optional field that {@link #create()} set, which a null in a patch removes. */
    protected abstract String optionalField();

    /** A path of an existing resource (the demo data) that a member may not change. */
    protected abstract String existingPath();

    /** Where PUT and PATCH write (the read path, except for an account's links). */
    protected String writePath(String readPath) {
        return readPath;
    }

    /** Fields that a change may move besides the one changed (derived ones, update time). */
    protected Set<String> derivedFields() {
        return Set.of("updatedAt");
    }

    protected static String created(Object body, String collection) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(collection)
                .then()
                .statusCode(201)
                .extract()
                .header("Location")
                .replaceFirst("^https?://[^/]+", "");
    }

    /** A new coalition with a whole canvas (axes, problems with actors, an impact); its path. */
    protected static String newCoalition() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("slug", TestData.unique("patch-coalition"));
        body.put("title", "Coalition à corriger");
        body.put("summary", "Un résumé");
        body.put("intention", "Une intention");
        body.put("vision", "Une vision");
        body.put("stage", "FORMING");
        body.put("axes", List.of("environnement"));
        body.put("keywords", List.of("communs", "sobriété"));
        body.put("experiences", List.of(Map.of("title", "Une expérience", "url", "https://example.org/xp")));
        body.put(
                "problems",
                List.of(Map.of(
                        "title", "Un problème", "allyKinds", List.of("financeurs"), "actors", List.of("latitudes"))));
        body.put(
                "impacts",
                List.of(Map.of(
                        "title", "Un impact", "indicator", "Personnes formées", "unit", "personnes", "target", 100)));
        return created(body, "/api/v1/coalitions");
    }

    private static Response read(String path) {
        return given().get(path).then().statusCode(200).extract().response();
    }

    private Map<String, Object> withoutDerived(Map<String, Object> body, String... more) {
        Map<String, Object> copy = new HashMap<>(body);
        derivedFields().forEach(copy::remove);
        for (String field : more) {
            copy.remove(field);
        }
        return copy;
    }

    @Test
    @TestSecurity(user = "patch-admin", roles = "admin")
    void aBodyReadWithGetIsAcceptedByPutAndChangesNothing() {
        String path = create();
        Response before = read(path);
        Response after = given().contentType(ContentType.JSON)
                .header("If-Match", before.header("ETag"))
                .body(before.asString())
                .put(writePath(path))
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .extract()
                .response();
        assertEquals(
                withoutDerived(before.jsonPath().getMap("")),
                withoutDerived(after.jsonPath().getMap("")));
        assertEquals(after.asString(), read(path).asString());
    }

    @Test
    @TestSecurity(user = "patch-admin", roles = "admin")
    void aMergePatchChangesTheFieldItNamesAndKeepsTheOthers() {
        String path = create();
        Response before = read(path);
        Response after = given().contentType(PATCH_JSON)
                .header("If-Match", before.header("ETag"))
                .body(Map.of(changedField(), changedValue()))
                .patch(writePath(path))
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("ETag", notNullValue())
                .extract()
                .response();
        assertEquals(changedValue(), after.jsonPath().get(changedPath()));
        assertEquals(
                withoutDerived(before.jsonPath().getMap(""), changedField()),
                withoutDerived(after.jsonPath().getMap(""), changedField()));
        assertEquals(after.asString(), read(path).asString());
        assertEquals(after.header("ETag"), read(path).header("ETag"));
    }

    @Test
    @TestSecurity(user = "patch-admin", roles = "admin")
    void aMergePatchWithAStaleIfMatchIs412() {
        String path = create();
        String stale = read(path).header("ETag");
        given().contentType(PATCH_JSON)
                .header("If-Match", stale)
                .body(Map.of(changedField(), changedValue()))
                .patch(writePath(path))
                .then()
                .statusCode(200);
        given().contentType(PATCH_JSON)
                .header("If-Match", stale)
                .body(Map.of(changedField(), changedValue()))
                .patch(writePath(path))
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("status", equalTo(412));
        assertEquals(changedValue(), read(path).jsonPath().get(changedPath()));
    }

    @Test
    @TestSecurity(user = "patch-admin", roles = "admin")
    void aNullInAMergePatchRemovesAnOptionalField() {
        String path = create();
        assertEquals(true, read(path).jsonPath().get(optionalField()) != null);
        if (!nullRemoves()) {
            given().contentType(PATCH_JSON)
                    .body("{\"" + optionalField() + "\": null}")
                    .patch(writePath(path))
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItem(optionalField()));
            return;
        }
        given().contentType(PATCH_JSON)
                .body("{\"" + optionalField() + "\": null}")
                .patch(writePath(path))
                .then()
                .statusCode(200)
                .body(optionalField(), emptyOrNull());
        given().get(path).then().body(optionalField(), emptyOrNull());
    }

    private static org.hamcrest.Matcher<Object> emptyOrNull() {
        return org.hamcrest.Matchers.anyOf(nullValue(), equalTo(List.of()));
    }

    @Test
    @TestSecurity(user = "patch-member", roles = "member")
    void aCallerWithoutTheRightGets403BeforeTheBodyIsRead() {
        for (String body : List.of("{\"" + changedField() + "\": null}", "[]", "not json")) {
            given().contentType(PATCH_JSON)
                    .body(body)
                    .patch(writePath(existingPath()))
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    @TestSecurity(user = "patch-admin", roles = "admin")
    void aMergePatchInAnotherMediaTypeIs415AndANonObjectIs400() {
        String path = create();
        for (String type : List.of("application/json", "text/plain")) {
            given().contentType(type)
                    .body("{}")
                    .patch(writePath(path))
                    .then()
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString(MERGE_PATCH));
        }
        for (String body : List.of("[]", "\"text\"", "null", "not json", "")) {
            given().contentType(PATCH_JSON)
                    .body(body)
                    .patch(writePath(path))
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        String before = read(path).asString();
        assertEquals(before, read(path).asString());
    }
}
