package org.fabrique.participation.comment;

import static io.restassured.RestAssured.given;
import static org.fabrique.participation.comment.Participation.comment;
import static org.fabrique.participation.comment.Participation.email;
import static org.fabrique.participation.comment.Participation.from;
import static org.fabrique.participation.comment.Participation.ip;
import static org.fabrique.participation.comment.Participation.post;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.note.NoteStatus;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.ModerationQueue;
import org.fabrique.participation.submission.SpamDecisionRepository;
import org.fabrique.participation.submission.SpamDecisionRow;
import org.fabrique.participation.submission.Verdict;
import org.fabrique.support.SqlStatements;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ParticipationTestProfile.class)
class CommentResourceTest {
    @Inject
    Participation fixtures;

    @Inject
    CommentService comments;

    @Inject
    SpamDecisionRepository decisions;

    @Inject
    EntityManagerFactory emf;

    private static long postId(String ip, String path, Map<String, Object> body, String status) {
        return post(ip, path, body)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/comments/"))
                .body("status", equalTo(status))
                .body("message", notNullValue())
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private List<String> rules(long commentId, Verdict verdict) {
        return decisions.of(ContributionKind.COMMENT, List.of(commentId)).stream()
                .filter(d -> d.verdict() == verdict)
                .map(SpamDecisionRow::rule)
                .toList();
    }

    @Test
    void firstCommentOfANewEmail_isHeld_thenPublicOnceApproved_andTheNextIsApprovedAtOnce() {
        String note = fixtures.note();
        String path = "/api/v1/notes/" + note + "/comments";
        String email = email();
        long first = postId(ip(), path, comment("Camille", email, "Merci pour ce compte rendu"), "PENDING");
        assertEquals(List.of("first-contribution"), rules(first, Verdict.HOLD));
        given().get(path).then().statusCode(200).body("totalItems", equalTo(0));
        given().get("/api/v1/comments/" + first).then().statusCode(404);

        fixtures.approve(first);
        given().get(path)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].authorName", equalTo("Camille"))
                .body("items[0].bodyHtml", equalTo("Merci pour ce compte rendu"))
                .body("items[0].member", equalTo(false))
                .body(not(containsString(email)));

        postId(ip(), path, comment("Camille", email, "Et une seconde remarque"), "APPROVED");
        given().get(path).then().body("totalItems", equalTo(2));
    }

    @Test
    void commentsOnACoalition_workTheSameWay() {
        String coalition = fixtures.coalition();
        String path = "/api/v1/coalitions/" + coalition + "/comments";
        long id = fixtures.approvedComment(path, email(), "Bravo à la coalition");
        given().get(path).then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void honeypotFilled_isStoredAsSpam_withItsReason_butAnsweredPending() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        Map<String, Object> body = comment("Bot", email(), "Great post");
        body.put("url", "http://spam.example");
        long id = postId(ip(), path, body, "PENDING");
        assertEquals(List.of("honeypot"), rules(id, Verdict.SPAM));
        var spam = comments.queue(ModerationQueue.SPAM, new PageRequest(0, 100, "createdAt", true));
        assertTrue(spam.items().stream().anyMatch(c -> c.id() == id && c.status() == CommentStatus.SPAM));
    }

    @Test
    void submittedTooFast_isSpam_andWithoutStartTime_isHeld() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        Map<String, Object> fast = comment("Quick", email(), "Fast text");
        fast.put("formStartedAt", OffsetDateTime.now().minusNanos(500_000_000).toString());
        assertTrue(rules(postId(ip(), path, fast, "PENDING"), Verdict.SPAM).contains("minimum-time"));
        Map<String, Object> none = comment("Slow", email(), "No time given");
        none.remove("formStartedAt");
        assertTrue(rules(postId(ip(), path, none, "PENDING"), Verdict.HOLD).contains("minimum-time"));
    }

    @Test
    void linksBlocklistAndDuplicates_areCaught() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        String email = email();
        fixtures.approvedComment(path, email, "Premier commentaire sans lien");
        long links = postId(
                ip(), path, comment("L", email, "https://a.example https://b.example https://c.example"), "PENDING");
        assertEquals(List.of("links"), rules(links, Verdict.HOLD));
        long blocked = postId(ip(), path, comment("B", email(), "Meilleur CASINO en ligne"), "PENDING");
        assertTrue(rules(blocked, Verdict.SPAM).contains("blocklist"));
        long dup = postId(ip(), path, comment("D", email(), "premier commentaire, sans lien !"), "PENDING");
        assertTrue(rules(dup, Verdict.SPAM).contains("duplicate"));
    }

    @Test
    void bodiesAreSanitised_andLinksGetNofollow() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        long id = fixtures.approvedComment(
                path,
                email(),
                "<p>Voir <a href=\"https://ok.example\" onclick=\"alert(1)\">ceci</a><script>alert(1)</script>"
                        + " <img src=x onerror=alert(1)><b>gras</b></p>");
        given().get("/api/v1/comments/" + id)
                .then()
                .statusCode(200)
                .body(
                        "bodyHtml",
                        equalTo(
                                "Voir <a href=\"https://ok.example\" rel=\"nofollow ugc noopener\">ceci</a> <b>gras</b>"));
    }

    @Test
    void anonymousWithoutNameAndEmail_is400ListingBoth_andBadFieldsAreListed() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        post(ip(), path, Map.of("body", "Bonjour"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("authorName", "email"))
                .body(not(containsString("Exception")));
        Map<String, Object> bad = comment("x".repeat(101), "not-an-email", "");
        bad.put("website", "javascript:alert(1)");
        post(ip(), path, bad)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("authorName", "body", "email", "website"));
        post(ip(), path, comment("A", email(), "<script>only()</script>"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"));
        from(ip()).body("{\"body\": 12, ").post(path).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "participation-member", roles = "member")
    void signedInMember_commentsUnderTheirAccount_withoutEmail_andIsPublishedAtOnce() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        long id = postId(
                ip(),
                path,
                Map.of(
                        "body",
                        "En tant que membre",
                        "formStartedAt",
                        OffsetDateTime.now().minusSeconds(20).toString()),
                "APPROVED");
        given().get("/api/v1/comments/" + id)
                .then()
                .body("member", equalTo(true))
                .body("authorName", equalTo("participation-member"));
    }

    @Test
    void closedDraftOrUnknownPages_areRefused() {
        String closed = fixtures.note(false, NoteStatus.PUBLISHED);
        post(ip(), "/api/v1/notes/" + closed + "/comments", comment("A", email(), "Hello"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        String draft = fixtures.note(true, NoteStatus.DRAFT);
        post(ip(), "/api/v1/notes/" + draft + "/comments", comment("A", email(), "Hello"))
                .then()
                .statusCode(404);
        given().get("/api/v1/notes/" + draft + "/comments").then().statusCode(404);
        given().get("/api/v1/coalitions/no-such-coalition/comments")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/comments/999999999").then().statusCode(404);
    }

    @Test
    void repliesAreOneLevelDeep_andEmbeddedUnderTheirComment() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        String email = email();
        long top = fixtures.approvedComment(path, email, "Question ?");
        Map<String, Object> reply = comment("Alex", email, "Réponse");
        reply.put("parentId", top);
        long answer = postId(ip(), path, reply, "APPROVED");
        given().get(path)
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].replies[0].id", equalTo((int) answer))
                .body("items[0].replies[0].parentId", equalTo((int) top));
        Map<String, Object> deeper = comment("Alex", email, "Plus profond");
        deeper.put("parentId", answer);
        post(ip(), path, deeper).then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        Map<String, Object> elsewhere = comment("Alex", email, "Ailleurs");
        elsewhere.put("parentId", top);
        post(ip(), "/api/v1/notes/" + fixtures.note() + "/comments", elsewhere)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void threeDistinctReporters_hideAComment_untilAModeratorDecides() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        long id = fixtures.approvedComment(path, email(), "Contenu discutable");
        String reports = "/api/v1/comments/" + id + "/reports";
        String first = ip();
        from(first).body(Map.of("reason", "OFFENSIVE")).post(reports).then().statusCode(204);
        from(first).body(Map.of("reason", "OFFENSIVE")).post(reports).then().statusCode(204);
        from(ip())
                .body(Map.of("reason", "SPAM", "detail", "pub"))
                .post(reports)
                .then()
                .statusCode(204);
        given().get("/api/v1/comments/" + id).then().statusCode(200);
        from(ip()).body(Map.of("reason", "OFF_TOPIC")).post(reports).then().statusCode(204);
        given().get("/api/v1/comments/" + id).then().statusCode(404);
        given().get(path).then().body("totalItems", equalTo(0));
        var reported = comments.queue(ModerationQueue.REPORTED, new PageRequest(0, 100, "createdAt", true));
        assertTrue(reported.items().stream()
                .anyMatch(c -> c.id() == id && c.hidden() && c.reports().size() == 3));

        fixtures.approve(id);
        given().get("/api/v1/comments/" + id).then().statusCode(200);
        assertTrue(comments.queue(ModerationQueue.REPORTED, new PageRequest(0, 100, "createdAt", true)).items().stream()
                .noneMatch(c -> c.id() == id));
        from(ip()).body(Map.of("reason", "RUDE")).post(reports).then().statusCode(400);
        from(ip())
                .body(Map.of("reason", "SPAM"))
                .post("/api/v1/comments/999999999/reports")
                .then()
                .statusCode(404);
    }

    @Test
    void perEmailLimit_answers429WithRetryAfter_andTheRefusalIsStored() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        String email = email();
        for (int i = 0; i < ParticipationTestProfile.PER_EMAIL; i++) {
            post(ip(), path, comment("R", email, "Texte " + i)).then().statusCode(201);
        }
        post(ip(), path, comment("R", email, "Texte de trop"))
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("e-mail address"))
                .body(not(containsString(email)));
        assertTrue(decisions.count("rule = 'rate-limit' and reason like '%e-mail address%'") > 0);
    }

    @Test
    void perAddressLimit_answers429WithRetryAfter() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        String ip = ip();
        for (int i = 0; i < ParticipationTestProfile.PER_ADDRESS; i++) {
            post(ip, path, comment("R", email(), "Adresse " + i)).then().statusCode(201);
        }
        post(ip, path, comment("R", email(), "Adresse de trop"))
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("address"));
        post(ip(), path, comment("R", email(), "Autre adresse")).then().statusCode(201);
    }

    @Test
    void signedInPeopleAreLimitedPerAccount_notPerAddress() {
        org.fabrique.support.Keycloak.requireRunning();
        // Seven people of a Reset Day behind one office address: more than the address's limit.
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        String office = ip();
        List<String> people =
                List.of("member", "coordinator", "coordinator2", "territory-manager", "editor", "moderator", "admin");
        assertTrue(people.size() > ParticipationTestProfile.PER_ADDRESS);
        for (String person : people) {
            from(office)
                    .auth()
                    .oauth2(org.fabrique.support.Keycloak.token(person))
                    .body(Map.of(
                            "body",
                            "Depuis le bureau " + person,
                            "formStartedAt",
                            java.time.OffsetDateTime.now().minusSeconds(10).toString()))
                    .post(path)
                    .then()
                    .statusCode(201);
        }
        // One account still has its own limit, wherever it posts from.
        String token = org.fabrique.support.Keycloak.token("member");
        for (int i = 1; i < ParticipationTestProfile.PER_ADDRESS; i++) {
            from(ip())
                    .auth()
                    .oauth2(token)
                    .body(Map.of(
                            "body",
                            "Encore " + i,
                            "formStartedAt",
                            java.time.OffsetDateTime.now().minusSeconds(10).toString()))
                    .post(path)
                    .then()
                    .statusCode(201);
        }
        from(ip())
                .auth()
                .oauth2(token)
                .body(Map.of(
                        "body",
                        "Une de trop",
                        "formStartedAt",
                        java.time.OffsetDateTime.now().minusSeconds(10).toString()))
                .post(path)
                .then()
                .statusCode(429)
                .body("detail", containsString("account"));
    }

    @Test
    void pagingIsValidated() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        given().get(path + "?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get(path + "?page=abc").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get(path + "?size=1000").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get(path + "?sort=email").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().get(path + "?sort=-createdAt&size=5").then().statusCode(200);
    }

    @Test
    void singleCommentHasAnETag_and304() {
        long id = fixtures.approvedComment("/api/v1/notes/" + fixtures.note() + "/comments", email(), "Etag");
        String etag = given().get("/api/v1/comments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/comments/" + id)
                .then()
                .statusCode(304);
    }

    @Test
    void listingCommentsWithReplies_takesAsManyStatementsFor5As50() {
        String note = fixtures.note();
        String path = "/api/v1/notes/" + note + "/comments";
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 55; i++) {
            Map<String, Object> c = comment("Camille", email(), "Commentaire numéro " + i);
            ids.add(comments.post(CommentTarget.Kind.NOTE, note, toInput(c, null), new ClientInfo(ip(), null, null))
                    .id());
        }
        comments.decide(ids, CommentAction.APPROVE, "test");
        for (int i = 0; i < 55; i++) {
            Map<String, Object> r = comment("Alex", email(), "Réponse " + i);
            long reply = comments.post(
                            CommentTarget.Kind.NOTE, note, toInput(r, ids.get(i)), new ClientInfo(ip(), null, null))
                    .id();
            fixtures.approve(reply);
        }
        long five = SqlStatements.count(
                emf,
                () -> comments.list(
                        CommentTarget.Kind.NOTE,
                        note,
                        PageRequest.of("0", "5", null, CommentService.SORTS, "createdAt")));
        long fifty = SqlStatements.count(
                emf,
                () -> comments.list(
                        CommentTarget.Kind.NOTE,
                        note,
                        PageRequest.of("0", "50", null, CommentService.SORTS, "createdAt")));
        assertEquals(five, fifty);
        assertEquals(
                50,
                comments.list(
                                CommentTarget.Kind.NOTE,
                                note,
                                PageRequest.of("0", "50", null, CommentService.SORTS, "createdAt"))
                        .items()
                        .size());
    }

    private static CommentInput toInput(Map<String, Object> c, Long parentId) {
        return new CommentInput(
                (String) c.get("authorName"),
                (String) c.get("email"),
                null,
                (String) c.get("body"),
                parentId,
                null,
                OffsetDateTime.parse((String) c.get("formStartedAt")));
    }
}
