package org.fabrique.actor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonResourceTest {
    @Inject
    ActorService actors;

    @Inject
    PersonService people;

    private String actor() {
        return actors.create(new ActorInput(
                        TestData.unique("actor"), "Actor", ActorKind.NETWORK, null, null, null, null, List.of(), null))
                .view()
                .slug();
    }

    private static Map<String, Object> body(String slug, String fullName, String actor) {
        Map<String, Object> m = new HashMap<>();
        m.put("slug", slug);
        m.put("fullName", fullName);
        m.put("roleTitle", "Coordinator");
        m.put("actor", actor);
        return m;
    }

    @Test
    void listsPeopleOfAnActorFilteredByName() {
        String actor = actor();
        String marker = TestData.unique("Name");
        people.create(new PersonInput(null, "Alice " + marker, null, null, actor, null));
        people.create(new PersonInput(null, "Bob " + marker, null, null, actor, null));

        given().queryParam("actor", actor)
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.fullName", contains("Alice " + marker, "Bob " + marker))
                .body("items[0].actor.slug", equalTo(actor));
        given().queryParam("q", "bob " + marker.toLowerCase())
                .get("/api/v1/people")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].fullName", equalTo("Bob " + marker));
        given().queryParam("actor", "no-such-actor")
                .get("/api/v1/people")
                .then()
                .body("totalItems", equalTo(0));
        given().queryParam("size", 1000).get("/api/v1/people").then().statusCode(400);
        given().queryParam("sort", "bio").get("/api/v1/people").then().statusCode(400);
    }

    @Test
    void findsANameWhoseCodeTheTextParserReadsAsANegativeNumber() {
        // "Name-12345678" is parsed as the word "name" and the integer "-12345678": the words typed,
        // "bob name-12345678", are found through the title, whatever stands between them.
        String code = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        people.create(new PersonInput(null, "Bob Name-" + code, null, null, actor(), null));

        given().queryParam("q", "bob name-" + code)
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].fullName", equalTo("Bob Name-" + code));
    }

    @Test
    void getsPersonWithEtag_andAnswers304_and404ForUnknown() {
        PersonView p = people.create(new PersonInput(null, TestData.unique("Carla"), "Chair", "Bio", actor(), true))
                .view();
        String etag = given().get("/api/v1/people/" + p.slug())
                .then()
                .statusCode(200)
                .body("bio", equalTo("Bio"))
                .body("sample", equalTo(true))
                .body("actor.kind", equalTo("NETWORK"))
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/people/" + p.slug())
                .then()
                .statusCode(304);
        given().get("/api/v1/people/" + TestData.unique("nobody"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void createPersonRequiresAuthentication() {
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("p"), "Anon", null))
                .post("/api/v1/people")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "m", roles = "member")
    void createPersonIsForbiddenToMember() {
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("p"), "Member", null))
                .post("/api/v1/people")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void createsUpdatesAndDeletesPerson_whenEditor() {
        String actor = actor();
        String slug = TestData.unique("person");
        Map<String, Object> input = body(slug, "Dana", actor);
        given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/people")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("actor.slug", equalTo(actor));
        given().get("/api/v1/actors/" + actor).then().body("people.slug", contains(slug));

        String etag = given().get("/api/v1/people/" + slug).then().extract().header("ETag");
        input.put("actor", null);
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(input)
                .put("/api/v1/people/" + slug)
                .then()
                .statusCode(200)
                .body("actor", nullValue());
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(input)
                .put("/api/v1/people/" + slug)
                .then()
                .statusCode(412);
        given().delete("/api/v1/people/" + slug).then().statusCode(204);
        given().get("/api/v1/people/" + slug).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void invalidPersonListsEachField_andUnknownActorIs400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", "Bad Slug", "roleTitle", "x".repeat(301)))
                .post("/api/v1/people")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("fullName"))
                .body("errors.field", hasItem("roleTitle"))
                .body("errors.field", hasItem("slug"));
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("p"), "Eve", "no-such-actor"))
                .post("/api/v1/people")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("actor"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void deletingActorKeepsPeopleWithoutActor() {
        String actor = actor();
        PersonView p = people.create(new PersonInput(null, TestData.unique("Fay"), null, null, actor, null))
                .view();
        given().delete("/api/v1/actors/" + actor).then().statusCode(204);
        given().get("/api/v1/people/" + p.slug()).then().statusCode(200).body("actor", nullValue());
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void writeResponsesCarryTheEtagOfTheStoredVersion() {
        String slug = TestData.unique("person");
        Map<String, Object> input = body(slug, "Stored", null);
        String created = given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/people")
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(
                given().get("/api/v1/people/" + slug).then().extract().header("ETag"), created);
        String updated = given().contentType(ContentType.JSON)
                .header("If-Match", created)
                .body(input)
                .put("/api/v1/people/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(
                given().get("/api/v1/people/" + slug).then().extract().header("ETag"), updated);
        given().contentType(ContentType.JSON)
                .header("If-Match", updated)
                .body(input)
                .put("/api/v1/people/" + slug)
                .then()
                .statusCode(200);
    }
}
