package org.fabrique.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.fabrique.common.outbox.OutboxDispatcher;
import org.fabrique.note.NoteInput;
import org.fabrique.note.NoteService;
import org.fabrique.note.NoteStatus;
import org.fabrique.support.MailSink;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationTest {
    private static final String COALITION_3 = "formations-superieures-numeriques-ethiques";
    private static final String ADDRESS = "suiveuse@example.org";

    @Inject
    NotificationService notifications;

    @Inject
    NoteService notes;

    @Inject
    OutboxDispatcher outbox;

    private String note(NoteStatus status, String coalition) {
        String slug = TestData.unique("notified-note");
        notes.create(new NoteInput(
                slug,
                "Note " + slug,
                "Texte",
                null,
                null,
                coalition == null ? null : List.of(coalition),
                null,
                null,
                null,
                status,
                null,
                null));
        return slug;
    }

    private void drain() {
        while (notifications.notifyOnce() > 0) {
            // read every change committed so far
        }
    }

    @Test
    @TestSecurity(user = "suiveuse", roles = "member")
    @OidcSecurity(claims = {@Claim(key = "email", value = ADDRESS), @Claim(key = "email_verified", value = "true")})
    void aNotePublishedOnAFollowedCoalition_isNotifiedInTheApp_mailedAtOnce_thenInTheDailyDigest() throws Exception {
        given().get("/api/v1/me/profile").then().statusCode(200).body("email", equalTo(ADDRESS));
        given().put("/api/v1/me/follows/coalition/" + COALITION_3).then().statusCode(204);
        drain();
        flush(); // what was published before this test (the demo data) is mailed now
        long before = given().get("/api/v1/me/notifications/unread")
                .then()
                .extract()
                .jsonPath()
                .getLong("unread");
        int mailsBefore = MailSink.received(ADDRESS).size();

        String draft = note(NoteStatus.DRAFT, COALITION_3);
        String published = note(NoteStatus.PUBLISHED, COALITION_3);
        note(NoteStatus.PUBLISHED, null); // about nothing followed
        drain();
        drain(); // a second round adds nothing

        given().get("/api/v1/me/notifications/unread").then().body("unread", equalTo((int) before + 1));
        given().get("/api/v1/me/notifications?size=1")
                .then()
                .statusCode(200)
                .body("items[0].kind", equalTo("note"))
                .body("items[0].title", equalTo("Note " + published))
                .body("items[0].link", equalTo("/notes/" + published))
                .body("items[0].readAt", equalTo(null));
        flush();
        List<MimeMessage> mails = MailSink.to(ADDRESS, mailsBefore + 1);
        assertEquals(mailsBefore + 1, mails.size(), "one immediate mail");
        MimeMessage mail = mails.get(mails.size() - 1);
        assertEquals("Du nouveau sur Fabrique", mail.getSubject());
        String whole = GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "");
        assertTrue(whole.contains("Note " + published), whole);
        assertTrue(!whole.contains(draft), "a draft is never announced");
        // One-click unsubscribe (RFC 8058): the header names the API, the mail links to the app's page.
        String oneClick = mail.getHeader("List-Unsubscribe")[0];
        assertTrue(oneClick.matches("<https?://[^>]+/api/v1/unsubscribe/[0-9]+\\.[A-Za-z0-9_-]+>"), oneClick);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        String token = oneClick.substring(oneClick.lastIndexOf('/') + 1, oneClick.length() - 1);
        assertTrue(whole.contains("/unsubscribe/" + token), "the mail links to the app's unsubscribe page");
        given().contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/unsubscribe/" + token.substring(0, token.indexOf('.')) + ".forged")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/me/profile").then().body("notificationMode", equalTo("IMMEDIATE"));
        given().contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/unsubscribe/" + token)
                .then()
                .statusCode(204);
        given().get("/api/v1/me/profile").then().body("notificationMode", equalTo("NONE"));

        // The daily digest instead: no immediate mail, one digest listing the note.
        given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "Suiveuse", "language", "en", "notificationMode", "DAILY"))
                .put("/api/v1/me/profile")
                .then()
                .statusCode(200);
        String second = note(NoteStatus.PUBLISHED, COALITION_3);
        drain();
        flush();
        assertEquals(mailsBefore + 1, MailSink.received(ADDRESS).size(), "no immediate mail in digest mode");
        assertTrue(notifications.digestOnce() >= 1);
        assertEquals(0, notifications.digestOnce(), "a digest goes once");
        flush();
        MimeMessage digest = MailSink.to(ADDRESS, mailsBefore + 2).get(mailsBefore + 1);
        assertEquals("Your daily digest from Fabrique", digest.getSubject());
        assertTrue(GreenMailUtil.getWholeMessage(digest).replace("=\r\n", "").contains("Note " + second));

        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/me/notifications/read")
                .then()
                .statusCode(204);
        given().get("/api/v1/me/notifications/unread").then().body("unread", equalTo(0));
    }

    @Test
    @TestSecurity(user = "suiveur", roles = "member")
    void aNoteDeletedBeforeTheNotifierRuns_blocksNothing() {
        given().put("/api/v1/me/follows/coalition/" + COALITION_3).then().statusCode(204);
        drain();
        String gone = note(NoteStatus.PUBLISHED, COALITION_3);
        notes.delete(gone);
        String kept = note(NoteStatus.PUBLISHED, COALITION_3);
        drain();
        given().get("/api/v1/me/notifications?size=5")
                .then()
                .statusCode(200)
                .body("items[0].title", equalTo("Note " + kept))
                .body("items.title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Note " + gone)));
    }

    @Test
    void anonymousCallers_haveNoNotifications() {
        given().get("/api/v1/me/notifications").then().statusCode(401);
        given().get("/api/v1/me/notifications/unread").then().statusCode(401);
    }

    /** Sends every message due now (other tests' messages may fill a round). */
    @Test
    @TestSecurity(user = "suiveuse-panne", roles = "member")
    @OidcSecurity(
            claims = {@Claim(key = "email", value = "panne@example.org"), @Claim(key = "email_verified", value = "true")
            })
    void aNotePublishedWhileSmtpIsDown_isMailedOnceWhenItIsBack() throws Exception {
        String address = "panne@example.org";
        given().get("/api/v1/me/profile").then().statusCode(200);
        given().put("/api/v1/me/follows/coalition/" + COALITION_3).then().statusCode(204);
        drain();
        flush();
        int before = MailSink.received(address).size();
        MailSink.down();
        String published;
        try {
            published = note(NoteStatus.PUBLISHED, COALITION_3);
            drain();
            flush(); // the attempt fails: SMTP refuses connections
        } finally {
            MailSink.up();
        }
        assertEquals(0, MailSink.received(address).size(), "nothing could be sent while SMTP was down");
        // Retried after its backoff (0.4 s at most in tests), then never again.
        for (int round = 0; round < 20 && MailSink.received(address).isEmpty(); round++) {
            Thread.sleep(200);
            flush();
        }
        for (int round = 0; round < 5; round++) {
            Thread.sleep(200);
            drain();
            flush();
        }
        List<MimeMessage> mails = MailSink.received(address);
        assertEquals(1, mails.size(), "mailed exactly once once SMTP is back (" + before + " before the outage)");
        assertTrue(
                GreenMailUtil.getWholeMessage(mails.get(0)).replace("=\r\n", "").contains("Note " + published));
    }

    private void flush() {
        while (outbox.dispatchOnce() > 0) {
            // next round
        }
    }
}
