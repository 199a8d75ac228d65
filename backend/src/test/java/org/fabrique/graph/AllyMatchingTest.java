package org.fabrique.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.fabrique.support.Keycloak;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ally matching (issue 15): actors ranked for each problem of a coalition, with the reasons, and
 * the coalition's own members left out. Everything is made through the API with an admin token.
 */
@QuarkusTest
class AllyMatchingTest {
    @BeforeAll
    static void keycloak() {
        Keycloak.requireRunning();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Keycloak.token("admin")).contentType("application/json");
    }

    private static String actor(String name, String kind, List<String> expertise, String territory) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "kind", kind, "expertise", expertise));
        if (territory != null) {
            body.put("territory", territory);
        }
        return admin().body(body)
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    /** A word of this run only (its first six letters too, which is what matching compares). */
    private static String word() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void eachProblem_getsItsAllies_rankedWithTheirReasons_notTheCoalitionsMembers() {
        String u = TestData.unique("m");
        // Words of this run: the actors made here outrank the demo's and earlier runs' actors.
        List<String> a = List.of(word(), word(), word());
        List<String> b = List.of(word(), word(), word());
        String authority = actor("Commune " + u, "LOCAL_AUTHORITY", a, "metropole-europeenne-de-lille");
        String trainer = actor("Formateurs " + u, "ASSOCIATION", b, null);
        String stranger = actor("Média " + u, "MEDIA", List.of("podcasts"), null);
        String member = actor("Collectivité membre " + u, "LOCAL_AUTHORITY", List.of(), null);
        String slug = admin().body(Map.of(
                        "title",
                        "Coalition appariement " + u,
                        "axes",
                        List.of("environnement"),
                        "problems",
                        List.of(Map.of(
                                "title",
                                "Des formations sans éthique " + String.join(" ", a) + " " + String.join(" ", b),
                                "allyKinds",
                                List.of("collectivités territoriales")))))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
        admin().body(Map.of("territory", "metropole-europeenne-de-lille", "positioning", "PILOT"))
                .post("/api/v1/coalitions/" + slug + "/territories");
        admin().body(Map.of("actor", member, "role", "ALLY"))
                .post("/api/v1/coalitions/" + slug + "/members")
                .then()
                .statusCode(201);
        // The trainer is engaged elsewhere (confirmed): named as a further reason.
        String elsewhere = "Coalition ailleurs " + u;
        String other = admin().body(Map.of("title", elsewhere, "axes", List.of("environnement")))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
        admin().body(Map.of("actor", trainer, "role", "ALLY"))
                .post("/api/v1/coalitions/" + other + "/members")
                .then()
                .statusCode(201);
        admin().body(Map.of("role", "ALLY", "status", "CONFIRMED"))
                .put("/api/v1/coalitions/" + other + "/members/" + trainer)
                .then()
                .statusCode(200);

        JsonPath allies = given().get("/api/v1/coalitions/" + slug + "/allies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> ranked = allies.getList("problems[0].suggestions.actor.slug");
        assertTrue(ranked.contains(authority), ranked.toString());
        assertTrue(ranked.contains(trainer), ranked.toString());
        assertFalse(ranked.contains(member), "a member is not suggested: " + ranked);
        assertFalse(ranked.contains(stranger), "no reason, no suggestion: " + ranked);
        List<Map<String, Object>> suggestions = allies.getList("problems[0].suggestions");
        Map<String, Object> forAuthority = suggestions.stream()
                .filter(s -> authority.equals(((Map<?, ?>) s.get("actor")).get("slug")))
                .findFirst()
                .orElseThrow();
        List<?> reasons = (List<?>) forAuthority.get("reasons");
        assertTrue(
                reasons.contains(Map.of("kind", "KIND", "detail", "collectivités territoriales")), reasons.toString());
        Map<String, Object> forTrainer = suggestions.stream()
                .filter(s -> trainer.equals(((Map<?, ?>) s.get("actor")).get("slug")))
                .findFirst()
                .orElseThrow();
        assertTrue(
                ((List<?>) forTrainer.get("reasons")).contains(Map.of("kind", "EXPERTISE", "detail", b.get(0))),
                forTrainer.toString());
        List<?> trainerReasons = (List<?>) forTrainer.get("reasons");
        assertTrue(
                trainerReasons.stream()
                        .map(r -> (Map<?, ?>) r)
                        .anyMatch(r -> "MEMBERSHIP".equals(r.get("kind"))
                                && ((String) r.get("detail")).endsWith(" " + elsewhere)),
                trainerReasons.toString());
        assertTrue(
                reasons.contains(Map.of("kind", "TERRITORY", "detail", "Métropole Européenne de Lille")),
                reasons.toString());
        // Ranked by score, best first.
        List<Integer> scores = allies.getList("problems[0].suggestions.score");
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), scores.toString());
        }
    }

    @Test
    void anUnknownCoalition_isA404Problem() {
        given().get("/api/v1/coalitions/pas-une-coalition/allies")
                .then()
                .statusCode(404)
                .body("status", equalTo(404));
    }
}
