package org.fabrique.coalition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.fabrique.actor.ActorKind;
import org.fabrique.coalition.membership.MembershipInput;
import org.fabrique.coalition.membership.MembershipRole;
import org.fabrique.coalition.membership.MembershipService;
import org.fabrique.coalition.territorial.Positioning;
import org.fabrique.coalition.territorial.TerritorialCoalitionInput;
import org.fabrique.coalition.territorial.TerritorialCoalitionService;
import org.fabrique.support.SqlStatements;
import org.fabrique.support.TestData;
import org.fabrique.territory.TerritoryKind;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoalitionListTest {
    @Inject
    CoalitionFixtures fixtures;

    @Inject
    CoalitionService service;

    @Inject
    CoalitionDirectory directory;

    @Inject
    MembershipService memberships;

    @Inject
    TerritorialCoalitionService territorials;

    @Inject
    EntityManagerFactory emf;

    @Test
    void filtersByAxis_andShowsCoalitionInTwoAxes() {
        String education = fixtures.axis("Éducation");
        String ethics = fixtures.axis("Éthique");
        String both = fixtures.coalition("Both axes", List.of(education, ethics), List.of(), Stage.EMERGING, null);
        String onlyEthics = fixtures.coalition("Ethics only", List.of(ethics), List.of(), Stage.EMERGING, null);

        given().get("/api/v1/coalitions?axis=" + education)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].slug", equalTo(both))
                .body("items[0].axes.slug", contains(education, ethics));
        given().get("/api/v1/coalitions?axis=" + ethics)
                .then()
                .body("items.slug", contains(both, onlyEthics))
                .body("totalItems", equalTo(2));
    }

    @Test
    void unknownFilterSlugsGiveEmptyPage_unknownStageIs400() {
        given().get("/api/v1/coalitions?axis=no-such-axis")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
        given().get("/api/v1/coalitions?territory=no-such-territory")
                .then()
                .statusCode(200)
                .body("items", empty());
        given().get("/api/v1/coalitions?parent=no-such-parent")
                .then()
                .statusCode(200)
                .body("items", empty());
        given().get("/api/v1/coalitions?stage=dreaming")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("stage"));
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = "list-admin", roles = "admin")
    void filtersByTerritoryIncludingDescendants() {
        String region = fixtures.territory("Hauts-de-France", TerritoryKind.REGION, null);
        String metropolis = fixtures.territory("Métropole Européenne de Lille", TerritoryKind.METROPOLIS, region);
        String inMetropolis = fixtures.coalition("In the metropolis");
        String inRegion = fixtures.coalition("In the region");
        fixtures.coalition("Nowhere");
        declare(inMetropolis, metropolis);
        declare(inRegion, region);

        given().get("/api/v1/coalitions?territory=" + region)
                .then()
                .statusCode(200)
                .body("items.slug", containsInAnyOrder(inMetropolis, inRegion));
        given().get("/api/v1/coalitions?territory=" + metropolis).then().body("items.slug", contains(inMetropolis));
    }

    private void declare(String coalition, String territory) {
        QuarkusTransaction.requiringNew()
                .run(() -> territorials.create(
                        coalition,
                        new TerritorialCoalitionInput(
                                territory, Positioning.PILOT, true, null, null, List.of(), null)));
    }

    @Test
    void filtersByStageKeywordAndParent() {
        String axis = fixtures.axis("Stage axis");
        String keyword = TestData.unique("kw");
        String acting = fixtures.coalition("Acting", List.of(axis), List.of(keyword.toUpperCase()), Stage.ACTING, null);
        String forming = fixtures.coalition("Forming", List.of(axis), List.of(), Stage.FORMING, acting);

        given().get("/api/v1/coalitions?axis=" + axis + "&stage=acting").then().body("items.slug", contains(acting));
        given().get("/api/v1/coalitions?keyword=" + keyword)
                .then()
                .body("items.slug", contains(acting))
                .body("items[0].keywords", contains(keyword));
        given().get("/api/v1/coalitions?parent=" + acting)
                .then()
                .body("items.slug", contains(forming))
                .body("items[0].parent.slug", equalTo(acting));
        given().get("/api/v1/coalitions?axis=" + axis + "&sort=stage")
                .then()
                .body("items.slug", contains(forming, acting));
        given().get("/api/v1/coalitions?axis=" + axis + "&sort=-stage")
                .then()
                .body("items.slug", contains(acting, forming));
        given().get("/api/v1/coalitions?axis=" + axis + "&sort=-number")
                .then()
                .body("items.slug", contains(forming, acting));
    }

    @Test
    void searchesAccentInsensitively() {
        String marker = TestData.unique("zq").replace("-", "");
        String slug = fixtures.coalition("Formations numériques éthiques " + marker);
        given().get("/api/v1/coalitions?q=ethique " + marker)
                .then()
                .statusCode(200)
                .body("items.slug", contains(slug));
        given().get("/api/v1/coalitions?q=ETHIQUES " + marker.toUpperCase())
                .then()
                .body("items.slug", contains(slug));
        given().get("/api/v1/coalitions?q=absent " + marker).then().body("items", empty());
    }

    @Test
    void rejectsBadPagingParameters() {
        given().get("/api/v1/coalitions?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/api/v1/coalitions?page=abc").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/api/v1/coalitions?size=1000").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get("/api/v1/coalitions?sort=colour").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = "list-admin", roles = "admin")
    void pagesAndCountsMembers_inConstantStatements() {
        String axis = fixtures.axis("Paging");
        String parent = fixtures.coalition("Paging parent");
        String actor = fixtures.actor("Member", ActorKind.ASSOCIATION);
        for (int i = 0; i < 55; i++) {
            String slug = fixtures.coalition(
                    "Paging " + i,
                    List.of(axis),
                    List.of("k" + i, "shared"),
                    Stage.EMERGING,
                    i % 2 == 0 ? parent : null);
            if (i % 5 == 0) {
                memberships.create(slug, new MembershipInput(actor, MembershipRole.CONTRIBUTOR, null, null));
            }
        }
        given().get("/api/v1/coalitions?axis=" + axis + "&size=20&page=2")
                .then()
                .statusCode(200)
                .body("items", hasSize(15))
                .body("page", equalTo(2))
                .body("totalItems", equalTo(55))
                .body("totalPages", equalTo(3));
        given().get("/api/v1/coalitions?axis=" + axis + "&size=5&page=0")
                .then()
                .body("items[0].memberCount", equalTo(1))
                .body("items[1].memberCount", equalTo(0))
                .body("items[0].parent.slug", equalTo(parent))
                .body("items[0].keywords", hasItem("shared"));
        given().get("/api/v1/coalitions?axis=" + axis + "&page=9")
                .then()
                .statusCode(200)
                .body("items", empty());

        long small = SqlStatements.count(
                emf,
                () -> given().get("/api/v1/coalitions?axis=" + axis + "&size=5")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(5)));
        long large = SqlStatements.count(
                emf,
                () -> given().get("/api/v1/coalitions?axis=" + axis + "&size=50")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(50)));
        assertEquals(small, large);

        Long axisId = QuarkusTransaction.requiringNew().call(() -> fixtures.axisId(axis));
        long panoramaStatements = SqlStatements.count(
                emf,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    Map<Long, List<CoalitionSummary>> byAxis = directory.summariesByAxis(List.of(axisId), 20);
                    assertEquals(20, byAxis.get(axisId).size(), "capped per axis");
                    assertEquals("Paging 0", byAxis.get(axisId).get(0).title());
                }));
        assertTrue(panoramaStatements <= 8, "panorama statements: " + panoramaStatements);
    }

    @Test
    void aPageReadsInOneStatement_andCountsOnlyWhenThePageCannotTellTheTotal() {
        String axis = fixtures.axis("Compte");
        for (int i = 0; i < 3; i++) {
            fixtures.coalition("Compte " + i, List.of(axis), List.of("k" + i), Stage.FORMING, null);
        }
        given().get("/api/v1/coalitions?axis=" + axis).then().statusCode(200); // fills the axes cache
        // A page that is not full is the last one: it tells the total by itself.
        long partial = SqlStatements.count(
                emf,
                () -> given().get("/api/v1/coalitions?axis=" + axis + "&size=5")
                        .then()
                        .body("totalItems", equalTo(3))
                        .body("items[2].keywords", contains("k2")));
        assertEquals(1, partial, "one statement: the page with its axes, keywords and member counts");
        // A full page needs the count once; it is then kept until a coalition changes.
        long first = SqlStatements.count(
                emf,
                () -> given().get("/api/v1/coalitions?axis=" + axis + "&size=2")
                        .then()
                        .body("totalItems", equalTo(3)));
        long again = SqlStatements.count(
                emf,
                () -> given().get("/api/v1/coalitions?axis=" + axis + "&size=2")
                        .then()
                        .body("totalItems", equalTo(3)));
        assertEquals(2, first);
        assertEquals(1, again);
        fixtures.coalition("Compte 3", List.of(axis), List.of(), Stage.FORMING, null);
        given().get("/api/v1/coalitions?axis=" + axis + "&size=2").then().body("totalItems", equalTo(4));
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = "list-admin", roles = "admin")
    void searchContractPutsTitleMatchesFirst() {
        String marker = TestData.unique("zs").replace("-", "");
        String inSummaryOnly = fixtures.coalition("Plain title");
        fixtures.coalition("Unrelated");
        String inTitle = fixtures.coalition("Sobriété " + marker);
        // Put the marker into the summary of the first coalition.
        QuarkusTransaction.requiringNew()
                .run(() -> service.update(
                        inSummaryOnly,
                        new CoalitionInput(
                                null,
                                null,
                                "Plain title",
                                "About sobriete " + marker,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null));
        JsonPath found = given().queryParam("q", "sobriete " + marker)
                .queryParam("type", "coalition")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(2, found.getLong("counts.coalition"));
        assertEquals(List.of(inTitle, inSummaryOnly), found.getList("items.slug"));
        assertTrue(found.getBoolean("items[0].titleMatch"));
        assertTrue(found.getString("items[0].title").matches("#\\d+ Sobriété " + marker));
        assertEquals("coalition", found.getString("items[0].type"));
        assertFalse(found.getBoolean("items[1].titleMatch"));
        given().queryParam("q", "sobriete " + marker)
                .queryParam("type", "coalition")
                .queryParam("size", 1)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> directory.count()) >= 3);
    }

    @Test
    void keywordCloudsOfAxesCountCoalitions() {
        String axis = fixtures.axis("Cloud");
        fixtures.coalition("Cloud one", List.of(axis), List.of("sobriété", "communs"), Stage.EMERGING, null);
        fixtures.coalition("Cloud two", List.of(axis), List.of("sobriété"), Stage.EMERGING, null);
        given().contentType(ContentType.JSON)
                .get("/api/v1/axes/" + axis)
                .then()
                .statusCode(200)
                .body("coalitionCount", equalTo(2))
                .body("keywords[0].term", equalTo("sobriété"))
                .body("keywords[0].weight", equalTo(2));
    }
}
