package org.fabrique.participation.suggestion;

import static io.restassured.RestAssured.given;
import static org.fabrique.participation.comment.Participation.email;
import static org.fabrique.participation.comment.Participation.ip;
import static org.fabrique.participation.comment.Participation.post;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.actor.ActorKind;
import org.fabrique.axis.AxisService;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.participation.ModerationQueue;
import org.fabrique.participation.comment.Participation;
import org.fabrique.participation.comment.ParticipationTestProfile;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ParticipationTestProfile.class)
class SuggestionResourceTest {
    @Inject
    Participation fixtures;

    @Inject
    SuggestionService suggestions;

    @Inject
    AxisService axes;

    static Map<String, Object> suggestion(String kind, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        m.put("title", title);
        m.put("description", "Parce que <b>c'est utile</b><script>x()</script>");
        m.put("authorName", "Dominique");
        m.put("email", email());
        m.put("formStartedAt", OffsetDateTime.now().minusSeconds(30).toString());
        return m;
    }

    private long suggest(String path, Map<String, Object> body) {
        return post(ip(), path, body)
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("PENDING"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void suggestionsWaitForAModerator_thenAppearUnderTheirAxis_andInAcceptedByAxis() {
        String axis = fixtures.axis();
        String path = "/api/v1/axes/" + axis + "/suggestions";
        long subject = suggest(path, suggestion("MISSING_SUBJECT", "Sobriété des usages"));
        Map<String, Object> allyBody = suggestion("POTENTIAL_ALLY", "Allié " + TestData.unique("a"));
        allyBody.put("website", "https://allie.example");
        allyBody.put("actorKind", "ASSOCIATION");
        long ally = suggest(path, allyBody);
        given().get(path).then().statusCode(200).body("totalItems", equalTo(0));
        given().get("/api/v1/suggestions/" + subject).then().statusCode(404);

        suggestions.decide(List.of(subject), SuggestionAction.ACCEPT, "bienvenu", null, false, null);
        suggestions.decide(List.of(ally), SuggestionAction.ACCEPT, null, null, true, null);
        given().get(path)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.kind", containsInAnyOrder("MISSING_SUBJECT", "POTENTIAL_ALLY"))
                .body(
                        "items.find { it.id == " + subject + " }.descriptionHtml",
                        equalTo("Parce que <b>c'est utile</b>"))
                .body("items.find { it.id == " + ally + " }.actor.kind", equalTo("ASSOCIATION"));
        String actorSlug =
                given().get("/api/v1/suggestions/" + ally).then().extract().path("actor.slug");
        given().get("/api/v1/actors/" + actorSlug)
                .then()
                .statusCode(200)
                .body("website", equalTo("https://allie.example"));

        long axisId = axes.idOf(axis).orElseThrow();
        AxisSuggestions accepted = suggestions.acceptedByAxis(List.of(axisId)).get(axisId);
        assertEquals(
                List.of(subject),
                accepted.missingSubjects().stream().map(SuggestionView::id).toList());
        assertEquals(
                List.of(ally),
                accepted.potentialAllies().stream().map(SuggestionView::id).toList());
        assertTrue(suggestions.acceptedByAxis(List.of()).isEmpty());
    }

    @Test
    void singleSuggestionHasAVersionedETag_and304() {
        String path = "/api/v1/axes/" + fixtures.axis() + "/suggestions";
        long id = suggest(path, suggestion("MISSING_SUBJECT", "Etag " + TestData.unique("e")));
        suggestions.decide(List.of(id), SuggestionAction.ACCEPT, null, null, false, null);
        String etag = given().get("/api/v1/suggestions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertTrue(etag.matches("\"[1-9][0-9]*\\.[A-Za-z0-9_-]+\""), etag);
        given().header("If-None-Match", etag)
                .get("/api/v1/suggestions/" + id)
                .then()
                .statusCode(304);
    }

    @Test
    void coalitionsTakeSuggestionsToo_andModeratorsRejectOrMarkDuplicates() {
        String path = "/api/v1/coalitions/" + fixtures.coalition() + "/suggestions";
        long a = suggest(path, suggestion("MISSING_SUBJECT", "Accessibilité"));
        long b = suggest(path, suggestion("MISSING_SUBJECT", "Accessibilité numérique"));
        long c = suggest(path, suggestion("MISSING_SUBJECT", "Hors sujet"));
        suggestions.decide(List.of(a), SuggestionAction.ACCEPT, null, null, false, null);
        suggestions.decide(List.of(b), SuggestionAction.DUPLICATE, "déjà proposé", a, false, null);
        suggestions.decide(List.of(c), SuggestionAction.REJECT, "hors sujet", null, false, null);
        given().get(path).then().body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) a));
    }

    @Test
    void badSuggestionsAndUnknownTargets() {
        String path = "/api/v1/axes/" + fixtures.axis() + "/suggestions";
        Map<String, Object> bad = suggestion("MISSING_SUBJECT", "");
        bad.remove("kind");
        bad.remove("email");
        bad.put("website", "ftp://x");
        post(ip(), path, bad)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("kind", "title", "website"));
        post(ip(), path, Map.of("kind", "MISSING_SUBJECT", "title", "T"))
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("authorName", "email"));
        post(ip(), path, Map.of("kind", "ENEMY", "title", "T")).then().statusCode(400);
        post(ip(), "/api/v1/axes/no-such-axis/suggestions", suggestion("MISSING_SUBJECT", "T"))
                .then()
                .statusCode(404);
        given().get("/api/v1/coalitions/no-such-coalition/suggestions").then().statusCode(404);
        given().get(path + "?size=0").then().statusCode(400);
        Map<String, Object> honeypot = suggestion("MISSING_SUBJECT", "Bot " + TestData.unique("b"));
        honeypot.put("url", "http://bot.example");
        long spam = suggest(path, honeypot);
        assertTrue(suggestions.queue(ModerationQueue.SPAM, new PageRequest(0, 100, "createdAt", true)).items().stream()
                .anyMatch(s -> s.id() == spam
                        && s.spamDecisions().stream().anyMatch(d -> d.rule().equals("honeypot"))));
    }

    @Test
    @TestSecurity(user = "sugg-moderator", roles = "moderator")
    void moderatorDecidesThroughTheApi_withCreateActorRules() {
        String path = "/api/v1/axes/" + fixtures.axis() + "/suggestions";
        long subject = suggestions
                .post(
                        SuggestionTarget.Kind.AXIS,
                        path.split("/")[4],
                        new SuggestionInput(
                                SuggestionKind.MISSING_SUBJECT,
                                "Sujet " + TestData.unique("s"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                OffsetDateTime.now().minusSeconds(30)),
                        new org.fabrique.participation.ClientInfo(ip(), null, null))
                .id();
        long ally = suggestions
                .post(
                        SuggestionTarget.Kind.AXIS,
                        path.split("/")[4],
                        new SuggestionInput(
                                SuggestionKind.POTENTIAL_ALLY,
                                "Allié " + TestData.unique("s"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                OffsetDateTime.now().minusSeconds(30)),
                        new org.fabrique.participation.ClientInfo(ip(), null, null))
                .id();
        given().get("/api/v1/moderation/suggestions?queue=pending&size=100&sort=-createdAt")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) subject));
        given().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(subject), "action", "ACCEPT", "createActor", true))
                .post("/api/v1/moderation/suggestions/decisions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("createActor"));
        given().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(ally), "action", "ACCEPT", "createActor", true))
                .post("/api/v1/moderation/suggestions/decisions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("actorKind"));
        given().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(subject), "action", "DUPLICATE"))
                .post("/api/v1/moderation/suggestions/decisions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("duplicateOf"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "ids",
                        List.of(ally),
                        "action",
                        "ACCEPT",
                        "createActor",
                        true,
                        "actorKind",
                        ActorKind.COMPANY.name(),
                        "note",
                        "bienvenue"))
                .post("/api/v1/moderation/suggestions/decisions")
                .then()
                .statusCode(200);
        given().get("/api/v1/suggestions/" + ally).then().statusCode(200).body("actor.kind", equalTo("COMPANY"));
    }
}
