package org.fabrique.participation.intention;

import static io.restassured.RestAssured.given;
import static org.fabrique.participation.comment.Participation.email;
import static org.fabrique.participation.comment.Participation.ip;
import static org.fabrique.participation.comment.Participation.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.participation.comment.Participation;
import org.fabrique.participation.comment.ParticipationTestProfile;
import org.fabrique.support.Keycloak;
import org.fabrique.support.MailSink;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * First intentions to act (issue 15): a coalition proposed by anyone waits for the editors, who
 * accept it as an emerging coalition, merge it into one or decline it; the proposer is mailed.
 * Real Keycloak tokens for the editor, the member and the refusals.
 */
@QuarkusTest
@TestProfile(ParticipationTestProfile.class)
class IntentionTest {
    @Inject
    Participation fixtures;

    @Inject
    org.fabrique.common.outbox.OutboxDispatcher outbox;

    @BeforeAll
    static void keycloak() {
        Keycloak.requireRunning();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.token(user)).contentType("application/json");
    }

    static Map<String, Object> proposal(String title, String axis, String email) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("description", "Parce que <b>les achats</b> font la demande<script>x()</script>");
        m.put("axes", List.of(axis));
        m.put("problems", List.of("Des cahiers des charges sans critère environnemental", "Peu d'acheteurs formés"));
        m.put("allyKinds", List.of("collectivités", "fournisseurs"));
        m.put("authorName", "Dominique");
        m.put("email", email);
        m.put("formStartedAt", OffsetDateTime.now().minusSeconds(40).toString());
        return m;
    }

    private static long propose(Map<String, Object> body) {
        return post(ip(), "/api/v1/intentions", body)
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("PENDING"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static String decide(long id, Map<String, Object> decision, int status) {
        return as("editor")
                .body(decision)
                .post("/api/v1/intentions/" + id + "/decision")
                .then()
                .statusCode(status)
                .extract()
                .asString();
    }

    private String lastMailTo(String address) {
        while (outbox.dispatchOnce() > 0) {
            // sends what the decisions queued
        }
        List<MimeMessage> mails = MailSink.to(address, 1);
        assertEquals(1, mails.size(), "one mail to the proposer");
        try {
            return plainText(mails.get(0).getContent());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The decoded text/plain part of a mail's content. */
    private static String plainText(Object content) throws Exception {
        if (content instanceof String text) {
            return text;
        }
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                return plainText(nested);
            }
        }
        throw new AssertionError("no text part");
    }

    @Test
    void aProposal_waitsForTheEditors_isAcceptedAsAnEmergingCoalition_andTheProposerHearsOfIt() {
        String axis = fixtures.axis();
        String title = "Pour des achats publics responsables " + TestData.unique("i");
        String address = email();
        long id = propose(proposal(title, axis, address));

        // Not public: only editors and administrators read proposals.
        given().get("/api/v1/intentions").then().statusCode(401);
        as("member").get("/api/v1/intentions").then().statusCode(403);
        as("coordinator").post("/api/v1/intentions/" + id + "/decision").then().statusCode(403);
        as("editor")
                .get("/api/v1/intentions?size=100")
                .then()
                .statusCode(200)
                .body("items.find { it.id == " + id + " }.title", equalTo(title))
                .body("items.find { it.id == " + id + " }.axes.slug", contains(axis))
                .body("items.find { it.id == " + id + " }.allyKinds", contains("collectivités", "fournisseurs"))
                .body("items.find { it.id == " + id + " }.authorName", equalTo("Dominique"))
                .body(
                        "items.find { it.id == " + id + " }.descriptionHtml",
                        not(org.hamcrest.Matchers.containsString("script")))
                .body("items.find { it.id == " + id + " }.email", nullValue());

        String decided = decide(id, Map.of("action", "ACCEPT", "note", "Bienvenue parmi les coalitions"), 200);
        String slug = io.restassured.path.json.JsonPath.from(decided).getString("coalition.slug");
        assertEquals("ACCEPTED", io.restassured.path.json.JsonPath.from(decided).getString("status"));
        given().get("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .body("title", equalTo(title))
                .body("stage", equalTo("EMERGING"))
                .body("axes.slug", hasItem(axis))
                .body(
                        "problems.title",
                        contains("Des cahiers des charges sans critère environnemental", "Peu d'acheteurs formés"))
                .body("problems[0].allyKinds", hasItems("collectivités", "fournisseurs"));
        // Decided once.
        decide(id, Map.of("action", "DECLINE"), 409);
        as("editor").get("/api/v1/intentions/" + id).then().statusCode(200).body("status", equalTo("ACCEPTED"));

        String mail = lastMailTo(address);
        assertTrue(mail.contains(title), mail);
        assertTrue(mail.contains("/coalitions/" + slug), mail);
        assertTrue(mail.contains("Bienvenue parmi les coalitions"), mail);
    }

    @Test
    void mergedIntoACoalition_orDeclined_theProposerIsToldWhich() {
        String axis = fixtures.axis();
        String coalition = fixtures.coalition();
        String mergedAddress = email();
        long merged = propose(proposal("Proposition rattachée " + TestData.unique("m"), axis, mergedAddress));
        String declinedAddress = email();
        long declined = propose(proposal("Proposition déclinée " + TestData.unique("d"), axis, declinedAddress));

        decide(merged, Map.of("action", "MERGE"), 400);
        decide(merged, Map.of("action", "MERGE", "coalition", "pas-une-coalition"), 400);
        decide(merged, Map.of("action", "DECLINE", "coalition", coalition), 400);
        String answer = decide(merged, Map.of("action", "MERGE", "coalition", coalition), 200);
        assertEquals(coalition, io.restassured.path.json.JsonPath.from(answer).getString("coalition.slug"));
        decide(declined, Map.of("action", "DECLINE", "note", "Trop proche d'une coalition existante"), 200);

        String mergedMail = lastMailTo(mergedAddress);
        assertTrue(mergedMail.contains("rattachée à une coalition qui existe déjà"), mergedMail);
        assertTrue(mergedMail.contains("/coalitions/" + coalition), mergedMail);
        String declinedMail = lastMailTo(declinedAddress);
        assertTrue(declinedMail.contains("ne l'a pas retenue"), declinedMail);
        assertTrue(declinedMail.contains("Trop proche d'une coalition existante"), declinedMail);
        as("editor")
                .get("/api/v1/intentions?status=merged&size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) merged));
        as("editor").get("/api/v1/intentions?status=nope").then().statusCode(400);
    }

    /**
     * A proposal sent as a signed-in account. The rate limit of signed-in accounts is counted per
     * account across the test classes of this profile (a shared bucket): a 429 is waited out once.
     */
    private static long proposeAs(String user, Map<String, Object> body) {
        for (int attempt = 0; ; attempt++) {
            io.restassured.response.Response answer =
                    as(user).header("X-Forwarded-For", ip()).body(body).post("/api/v1/intentions");
            if (answer.statusCode() == 429 && attempt == 0) {
                long seconds = Long.parseLong(answer.header("Retry-After"));
                try {
                    Thread.sleep((seconds + 1) * 1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
                continue;
            }
            return answer.then().statusCode(201).extract().jsonPath().getLong("id");
        }
    }

    @Test
    void aSignedInAccount_proposesWithoutAnAddress_andCoordinatesTheCoalitionMadeOfIt() {
        String axis = fixtures.axis();
        Map<String, Object> body = proposal("Proposition d'un compte " + TestData.unique("s"), axis, null);
        body.remove("email");
        body.remove("authorName");
        long id = proposeAs("coordinator2", body);
        String slug = io.restassured.path.json.JsonPath.from(decide(id, Map.of("action", "ACCEPT"), 200))
                .getString("coalition.slug");
        given().get("/api/v1/coalitions/" + slug + "/coordinators")
                .then()
                .statusCode(200)
                .body("username", hasItems("coordinator2", "editor"));
    }

    @Test
    void badProposals_areRefusedWithTheirFields_andNothingIsStored() {
        String axis = fixtures.axis();
        Map<String, Object> anonymous = proposal("Sans nom " + TestData.unique("b"), axis, null);
        anonymous.remove("email");
        anonymous.remove("authorName");
        post(ip(), "/api/v1/intentions", anonymous)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("email", "authorName"));
        post(ip(), "/api/v1/intentions", proposal("Axe inconnu", "pas-un-axe", email()))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("axes[0]"));
        Map<String, Object> noAxis = proposal("Sans axe", axis, email());
        noAxis.put("axes", List.of());
        post(ip(), "/api/v1/intentions", noAxis).then().statusCode(400);
        Map<String, Object> noTitle = proposal(" ", axis, email());
        post(ip(), "/api/v1/intentions", noTitle).then().statusCode(400);
        as("editor")
                .get("/api/v1/intentions?size=100")
                .then()
                .statusCode(200)
                .body("items.title", not(hasItem(org.hamcrest.Matchers.startsWith("Sans nom"))))
                .body("items.title", not(hasItem("Axe inconnu")));
        as("editor").post("/api/v1/intentions/999999999/decision").then().statusCode(400);
        decide(999_999_999L, Map.of("action", "DECLINE"), 404);
    }
}
