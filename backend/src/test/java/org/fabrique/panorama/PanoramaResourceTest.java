package org.fabrique.panorama;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.fabrique.common.cache.ChangeFeed;
import org.fabrique.support.SqlStatements;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PanoramaResourceTest {
    @Inject
    EntityManagerFactory emf;

    @Inject
    ChangeFeed changes;

    @Test
    void everyAxisWithItsCloudItsCoalitionsAndCounts() {
        given().get("/api/v1/panorama")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("axes.slug", hasItem("environnement"))
                .body("axes.find { it.slug == 'inclusion-capacitation-education' }.keywords.term", hasItem("formation"))
                .body("totals.coalitions", greaterThanOrEqualTo(4))
                .body("totals.publishedNotes", greaterThanOrEqualTo(1));
    }

    @Test
    void aCoalitionInSeveralAxesAppearsInEach() {
        given().queryParam("coalitionsPerAxis", 100)
                .get("/api/v1/panorama")
                .then()
                .statusCode(200)
                .body(
                        "axes.find { it.slug == 'inclusion-capacitation-education' }.coalitions.slug",
                        hasItem("formations-superieures-numeriques-ethiques"))
                .body(
                        "axes.find { it.slug == 'democratie-ethique-libertes' }.coalitions.slug",
                        hasItem("formations-superieures-numeriques-ethiques"));
    }

    @Test
    void coalitionsPerAxisCapsTheListsButNotTheCounts() {
        given().queryParam("coalitionsPerAxis", 1)
                .get("/api/v1/panorama")
                .then()
                .statusCode(200)
                .body("axes.find { it.slug == 'democratie-ethique-libertes' }.coalitions", hasSize(1))
                .body("axes.find { it.slug == 'democratie-ethique-libertes' }.coalitionCount", greaterThanOrEqualTo(4));
    }

    @Test
    void badCoalitionsPerAxisIs400() {
        given().queryParam("coalitionsPerAxis", "many")
                .get("/api/v1/panorama")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("coalitionsPerAxis"));
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = "panorama-admin", roles = "admin")
    void aWriteShowsAtOnceDespiteTheCache() {
        String keyword = "kw" + System.nanoTime();
        given().get("/api/v1/panorama").then().statusCode(200);
        given().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of(
                        "title",
                        "Panorama cache " + keyword,
                        "stage",
                        "EMERGING",
                        "axes",
                        java.util.List.of("environnement"),
                        "keywords",
                        java.util.List.of(keyword)))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201);
        given().get("/api/v1/panorama")
                .then()
                .statusCode(200)
                .body("axes.find { it.slug == 'environnement' }.keywords.term", hasItem(keyword));
    }

    @Test
    void isServedFromTheCacheUntilSomethingItShowsChanges() {
        given().get("/api/v1/panorama").then().statusCode(200);
        long cached = SqlStatements.count(
                emf, () -> given().get("/api/v1/panorama").then().statusCode(200));
        assertEquals(0, cached, "a second read runs no SQL statement");
        changes.changed(java.util.Set.of("coalition"));
        long recomputed = SqlStatements.count(
                emf, () -> given().get("/api/v1/panorama").then().statusCode(200));
        org.junit.jupiter.api.Assertions.assertTrue(recomputed > 0, "a change empties the cache");
    }

    @Test
    void aWriteOfAnotherReplicaShowsWithinASecond() throws InterruptedException {
        given().get("/api/v1/panorama").then().statusCode(200);
        String description = "Décrit ailleurs " + System.nanoTime();
        // Plain SQL, as another replica would write: this replica hears of it only through the
        // notification that PostgreSQL sends at commit (LISTEN/NOTIFY).
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            var em = emf.createEntityManager();
            try {
                em.joinTransaction();
                em.createNativeQuery("update axis set description = :d, updated_at = current_timestamp"
                                + " where slug = 'environnement'")
                        .setParameter("d", description)
                        .executeUpdate();
            } finally {
                em.close();
            }
        });
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (!description.equals(given().get("/api/v1/panorama")
                .then()
                .statusCode(200)
                .extract()
                .path("axes.find { it.slug == 'environnement' }.description"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the panorama never showed the other instance's write");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void answers304WhenUnchanged() {
        String etag = given().get("/api/v1/panorama").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/panorama").then().statusCode(304);
    }

    @Test
    void statementCountDoesNotGrowWithCoalitionsPerAxis() {
        // Both requests compute their panorama (the caches are emptied first): the same work but
        // for the size.
        changes.changed(java.util.Set.of("coalition"));
        long two = SqlStatements.count(
                emf,
                () -> given().get("/api/v1/panorama?coalitionsPerAxis=2").then().statusCode(200));
        changes.changed(java.util.Set.of("coalition"));
        long hundred = SqlStatements.count(
                emf,
                () -> given().get("/api/v1/panorama?coalitionsPerAxis=100")
                        .then()
                        .statusCode(200));
        assertEquals(two, hundred, "the same statements whatever the number of coalitions listed");
    }
}
