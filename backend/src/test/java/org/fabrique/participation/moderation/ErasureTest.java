package org.fabrique.participation.moderation;

import static io.restassured.RestAssured.given;
import static org.fabrique.participation.comment.Participation.comment;
import static org.fabrique.participation.comment.Participation.email;
import static org.fabrique.participation.comment.Participation.from;
import static org.fabrique.participation.comment.Participation.ip;
import static org.fabrique.participation.comment.Participation.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Map;
import org.fabrique.common.outbox.OutboxDispatcher;
import org.fabrique.note.NoteService;
import org.fabrique.participation.Author;
import org.fabrique.participation.Contribution;
import org.fabrique.participation.comment.Comment;
import org.fabrique.participation.comment.CommentRepository;
import org.fabrique.participation.comment.CommentStatus;
import org.fabrique.participation.comment.CommentTarget;
import org.fabrique.participation.comment.Participation;
import org.fabrique.participation.comment.ParticipationTestProfile;
import org.fabrique.support.MailSink;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ParticipationTestProfile.class)
class ErasureTest {
    @Inject
    Participation fixtures;

    @Inject
    CommentRepository commentRepository;

    @Inject
    OutboxDispatcher outbox;

    @Inject
    NoteService notes;

    @Test
    void erasureLink_erasesOnce_keepingTheThreadReadable() throws Exception {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        String email = email();
        long top = fixtures.approvedComment(path, email, "Mon avis <a href=\"https://moi.example\">ici</a>");
        Map<String, Object> reply = comment("Alex", email(), "Une réponse");
        reply.put("parentId", top);
        long answer = post(ip(), path, reply)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        fixtures.approve(answer);

        from(ip())
                .body(Map.of("email", email.toUpperCase()))
                .post("/api/v1/comments/erasure-requests")
                .then()
                .statusCode(202)
                .body(not(containsString(email)));
        flush();
        String token = MailSink.lastErasureToken(email.toUpperCase());
        MimeMessage mail = MailSink.to(email.toUpperCase(), 1).get(0);
        assertEquals("Effacer vos commentaires sur Fabrique", mail.getSubject());
        assertTrue(GreenMailUtil.getWholeMessage(mail).contains("http://localhost:5173/comments/erasure/"));

        from(ip())
                .post("/api/v1/comments/erasure/" + token)
                .then()
                .statusCode(200)
                .body("comments", equalTo(1));
        given().get(path)
                .then()
                .body("items[0].id", equalTo((int) top))
                .body("items[0].erased", equalTo(true))
                .body("items[0].authorName", equalTo(Contribution.ERASED_NAME))
                .body("items[0].bodyHtml", equalTo(Comment.ERASED_BODY))
                .body("items[0].authorWebsite", equalTo(null))
                .body("items[0].replies[0].id", equalTo((int) answer))
                .body("items[0].replies[0].bodyHtml", equalTo("Une réponse"));
        from(ip()).post("/api/v1/comments/erasure/" + token).then().statusCode(409);
    }

    @Test
    void englishRequest_getsAnEnglishMail_inTextAndHtml_withThePrivacyLink() throws Exception {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        String email = email();
        fixtures.approvedComment(path, email, "To be erased");
        from(ip())
                .header("Accept-Language", "en-GB,en;q=0.8")
                .body(Map.of("email", email))
                .post("/api/v1/comments/erasure-requests")
                .then()
                .statusCode(202);
        flush();
        MimeMessage mail = MailSink.to(email, 1).get(0);
        assertEquals("Erase your comments on Fabrique", mail.getSubject());
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        String whole = GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "");
        assertTrue(whole.contains("text/plain") && whole.contains("text/html"), whole);
        assertTrue(parts.getCount() >= 2);
        assertTrue(whole.contains("What we keep about you and how to erase it"), whole);
        assertTrue(whole.contains("http://localhost:5173/privacy"), whole);
        assertEquals(null, mail.getHeader("List-Unsubscribe"), "a requested mail has no unsubscribe header");

        String other = email();
        fixtures.approvedComment(path, other, "Autre");
        from(ip())
                .header("Accept-Language", "en")
                .body(Map.of("email", other, "language", "fr"))
                .post("/api/v1/comments/erasure-requests")
                .then()
                .statusCode(202);
        flush();
        assertEquals(
                "Effacer vos commentaires sur Fabrique",
                MailSink.to(other, 1).get(0).getSubject(),
                "the language field wins over the header");
    }

    @Test
    void mailQueuedWhileSmtpIsDown_arrivesOnceWhenItIsBack() throws Exception {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        String email = email();
        fixtures.approvedComment(path, email, "Pendant la panne");
        MailSink.down();
        try {
            from(ip())
                    .body(Map.of("email", email))
                    .post("/api/v1/comments/erasure-requests")
                    .then()
                    .statusCode(202);
            flush();
        } finally {
            MailSink.up();
        }
        assertEquals(0, MailSink.received(email).size(), "nothing could be sent while SMTP was down");
        // The failed attempt is retried after its backoff (0.4 s at most in tests), then never again.
        for (int round = 0; round < 20 && MailSink.received(email).isEmpty(); round++) {
            Thread.sleep(200);
            flush();
        }
        for (int round = 0; round < 5; round++) {
            Thread.sleep(200);
            flush();
        }
        assertEquals(1, MailSink.received(email).size(), "sent exactly once once SMTP is back");
    }

    @Test
    void unknownAddress_getsTheSameAnswer_andNoMail() {
        String email = email();
        from(ip())
                .body(Map.of("email", email))
                .post("/api/v1/comments/erasure-requests")
                .then()
                .statusCode(202);
        flush();
        assertEquals(0, MailSink.received(email).size());
        from(ip())
                .body(Map.of("email", "nope"))
                .post("/api/v1/comments/erasure-requests")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void forgedOrTamperedLinks_are404() {
        from(ip())
                .post("/api/v1/comments/erasure/garbage")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        String email = email();
        fixtures.approvedComment(path, email, "A effacer");
        from(ip())
                .body(Map.of("email", email))
                .post("/api/v1/comments/erasure-requests")
                .then()
                .statusCode(202);
        flush();
        String token = MailSink.lastErasureToken(email);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "B" : "A") + "A";
        from(ip()).post("/api/v1/comments/erasure/" + tampered).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "erasing-member", roles = "member")
    void signedInMember_erasesTheirComments() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        post(
                        ip(),
                        path,
                        Map.of(
                                "body",
                                "Je suis membre",
                                "formStartedAt",
                                OffsetDateTime.now().minusSeconds(9).toString()))
                .then()
                .statusCode(201)
                .body("status", equalTo("APPROVED"));
        given().delete("/api/v1/me/comments").then().statusCode(200).body("comments", equalTo(1));
        given().get(path).then().body("items[0].erased", equalTo(true)).body("items[0].member", equalTo(false));
    }

    @Test
    @TestSecurity(user = "listing-member", roles = "member")
    void signedInMember_listsTheirComments_newestFirst_untilErased() {
        String note = fixtures.note();
        String coalition = fixtures.coalition();
        post(ip(), "/api/v1/notes/" + note + "/comments", memberComment("Sur la note"))
                .then()
                .statusCode(201);
        post(ip(), "/api/v1/coalitions/" + coalition + "/comments", memberComment("Sur la <b>coalition</b>"))
                .then()
                .statusCode(201);
        // Someone else's comment on the same note (posted as anonymous, which this test cannot be).
        QuarkusTransaction.requiringNew().run(() -> {
            Comment other = new Comment(
                    new CommentTarget(
                            CommentTarget.Kind.NOTE, notes.publishedIdOf(note).orElseThrow()),
                    null,
                    null,
                    "Pas à moi");
            other.sign(new Author(null, "Someone", null, null), null, null);
            other.setStatus(CommentStatus.APPROVED);
            commentRepository.persist(other);
        });
        given().get("/api/v1/me/comments")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].coalition.slug", equalTo(coalition))
                .body("items[0].note", equalTo(null))
                .body("items[0].bodyHtml", equalTo("Sur la <b>coalition</b>"))
                .body("items[0].published", equalTo(true))
                .body("items[1].note.slug", equalTo(note))
                .body("items[1].bodyHtml", equalTo("Sur la note"))
                .body(not(containsString("email")));
        given().get("/api/v1/me/comments?size=1").then().body("items.size()", equalTo(1));
        given().get("/api/v1/me/comments?size=0").then().statusCode(400);
        given().delete("/api/v1/me/comments").then().statusCode(200).body("comments", equalTo(2));
        given().get("/api/v1/me/comments").then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static Map<String, Object> memberComment(String body) {
        return Map.of(
                "body",
                body,
                "formStartedAt",
                OffsetDateTime.now().minusSeconds(9).toString());
    }

    @Test
    void anonymousCannotEraseMine() {
        given().delete("/api/v1/me/comments").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/me/comments").then().statusCode(401).contentType("application/problem+json");
    }

    /** Sends every message due now (other tests' messages may fill a round). */
    private void flush() {
        while (outbox.dispatchOnce() > 0) {
            // next round
        }
    }
}
