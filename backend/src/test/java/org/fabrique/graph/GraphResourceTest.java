package org.fabrique.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.fabrique.actor.ActorKind;
import org.fabrique.coalition.CoalitionFixtures;
import org.fabrique.coalition.membership.MembershipRole;
import org.fabrique.coalition.membership.MembershipStatus;
import org.fabrique.support.TestData;
import org.fabrique.territory.TerritoryKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "graph-admin", roles = "admin")
class GraphResourceTest {
    @Inject
    CoalitionFixtures fixtures;

    @Inject
    jakarta.persistence.EntityManager em;

    String axis;
    String region;
    String metropolis;
    String bridge;
    String single;
    String withdrawn;
    String suggested;
    String forming;
    String acting;

    /** Two coalitions of a new axis: one forming, declined in a metropolis, one acting; a bridging actor. */
    @BeforeEach
    void network() {
        axis = fixtures.axis("Graph axis");
        region = fixtures.territory("Graph region", TerritoryKind.REGION, null);
        metropolis = fixtures.territory("Graph metropolis", TerritoryKind.METROPOLIS, region);
        bridge = fixtures.actor("Bridge", ActorKind.NETWORK);
        single = fixtures.actor("Single", ActorKind.ASSOCIATION);
        withdrawn = fixtures.actor("Gone", ActorKind.COMPANY);
        suggested = fixtures.actor("Suggested", ActorKind.MEDIA);
        forming = create(
                "FORMING",
                List.of(
                        Map.of(
                                "title",
                                "Allied problem",
                                "allyKinds",
                                List.of("universities"),
                                "actors",
                                List.of(bridge)),
                        Map.of("title", "Lonely problem", "allyKinds", List.of("funders"))));
        acting = create("ACTING", List.of());
        fixtures.member(forming, bridge, MembershipRole.PILOT, MembershipStatus.CONFIRMED);
        fixtures.member(forming, single, MembershipRole.CONTRIBUTOR, MembershipStatus.PROPOSED);
        fixtures.member(acting, bridge, MembershipRole.ALLY, MembershipStatus.CONFIRMED);
        fixtures.member(acting, withdrawn, MembershipRole.ALLY, MembershipStatus.WITHDRAWN);
        // A potential ally that people suggested and a moderator accepted (as the moderation leaves it).
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into suggestion (kind, coalition_id, title, author_name,"
                                + " status, actor_id, created_at, updated_at) select 'POTENTIAL_ALLY', c.id,"
                                + " 'Suggested', 'Someone', 'ACCEPTED', a.id, now(), now() from coalition c, actor a"
                                + " where c.slug = :c and a.slug = :a")
                        .setParameter("c", acting)
                        .setParameter("a", suggested)
                        .executeUpdate());
        given().contentType(ContentType.JSON)
                .body(Map.of("territory", metropolis, "positioning", "PILOT"))
                .post("/api/v1/coalitions/" + forming + "/territories")
                .then()
                .statusCode(201);
    }

    private String create(String stage, List<Map<String, Object>> problems) {
        String slug = TestData.unique("graph");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "slug",
                        slug,
                        "title",
                        "Graph " + stage,
                        "stage",
                        stage,
                        "axes",
                        List.of(axis),
                        "problems",
                        problems))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201);
        return slug;
    }

    @Test
    void nodesEdgesAndMeasuresOfAnAxis() {
        JsonPath graph = given().queryParam("axis", axis)
                .get("/api/v1/graph")
                .then()
                .statusCode(200)
                .body(
                        "nodes.findAll { it.kind == 'COALITION' }.id",
                        containsInAnyOrder("coalition:" + forming, "coalition:" + acting))
                .body(
                        "nodes.findAll { it.kind == 'ACTOR' }.id",
                        containsInAnyOrder("actor:" + bridge, "actor:" + single, "actor:" + suggested))
                .body("edges.find { it.kind == 'POTENTIAL_ALLY' }.source", equalTo("actor:" + suggested))
                .body("edges.find { it.kind == 'POTENTIAL_ALLY' }.target", equalTo("coalition:" + acting))
                .body("nodes.findAll { it.kind == 'TERRITORY' }.id", contains("territory:" + metropolis))
                .body("nodes.find { it.label == 'Lonely problem' }.alliesSought", contains("funders"))
                .body("nodes.find { it.label == 'Lonely problem' }.slug", equalTo(forming))
                .body("nodes.find { it.id == 'actor:" + bridge + "' }.degree", equalTo(3))
                .body("edges.findAll { it.kind == 'MEMBER_OF' }.source", not(hasItem("actor:" + withdrawn)))
                .body("edges.find { it.kind == 'IN_TERRITORY' }.target", equalTo("territory:" + metropolis))
                .body("measures.bridges.node", contains("actor:" + bridge))
                .body(
                        "measures.bridges[0].coalitions",
                        containsInAnyOrder("coalition:" + forming, "coalition:" + acting))
                .extract()
                .jsonPath();
        String lonely = graph.getString("nodes.find { it.label == 'Lonely problem' }.id");
        String allied = graph.getString("nodes.find { it.label == 'Allied problem' }.id");
        given().queryParam("axis", axis)
                .get("/api/v1/graph")
                .then()
                .body("measures.problemsWithoutAllies", contains(lonely))
                .body("edges.find { it.kind == 'ALLY_ON' }.target", equalTo(allied))
                .body("edges.find { it.kind == 'ALLY_ON' }.source", equalTo("actor:" + bridge));
    }

    @Test
    void filtersByStageAndByTerritoryWithItsSubTerritories() {
        given().queryParam("axis", axis)
                .queryParam("stage", "acting")
                .get("/api/v1/graph")
                .then()
                .statusCode(200)
                .body("nodes.findAll { it.kind == 'COALITION' }.id", contains("coalition:" + acting))
                .body("measures.bridges", equalTo(List.of()));
        given().queryParam("axis", axis)
                .queryParam("territory", region)
                .get("/api/v1/graph")
                .then()
                .statusCode(200)
                .body("nodes.findAll { it.kind == 'COALITION' }.id", contains("coalition:" + forming));
    }

    /** The map's shading (GET /api/v1/territories/coalition-counts) reads the same declensions. */
    @Test
    void theMapCountsTheDeclensionsOfEachTerritory() {
        given().get("/api/v1/territories/coalition-counts")
                .then()
                .statusCode(200)
                .body("find { it.territory.slug == '" + metropolis + "' }.coalitions", equalTo(1))
                .body("territory.slug", not(hasItem(region)));
    }

    @Test
    void unknownFiltersAre400NamingTheParameter() {
        given().queryParam("axis", "no-such-axis")
                .get("/api/v1/graph")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("axis"));
        given().queryParam("territory", "no-such-territory")
                .get("/api/v1/graph")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("territory"));
        given().queryParam("stage", "sleeping")
                .get("/api/v1/graph")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("stage"));
    }
}
