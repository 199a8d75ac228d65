package org.fabrique.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.fabrique.common.outbox.OutboxDispatcher;
import org.fabrique.support.Keycloak;
import org.fabrique.support.MailSink;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

/** A person deletes their account: Keycloak user removed, comments anonymised, data gone, mail sent. */
@QuarkusTest
class AccountDeletionTest {
    private static final String COALITION_3 = "formations-superieures-numeriques-ethiques";

    @Inject
    OutboxDispatcher outbox;

    @Inject
    EntityManager em;

    @Test
    void deletingMyAccount_removesTheUser_anonymisesMyComments_andMailsAConfirmation() {
        Keycloak.requireRunning();
        String username = TestData.unique("leaving").toLowerCase();
        String email = username + "@example.org";
        String userId = Keycloak.createUser(username, email, "Un mot de passe assez long 1");
        String token = Keycloak.freshToken(username, "Un mot de passe assez long 1");

        given().auth()
                .oauth2(token)
                .get("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .body("email", equalTo(email));
        given().auth()
                .oauth2(token)
                .put("/api/v1/me/follows/coalition/" + COALITION_3)
                .then()
                .statusCode(204);
        String text = "Mon avis avant de partir " + username;
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "body",
                        text,
                        "formStartedAt",
                        OffsetDateTime.now().minusSeconds(30).toString()))
                .post("/api/v1/coalitions/" + COALITION_3 + "/comments")
                .then()
                .statusCode(201);
        long account = accountOf(userId);

        given().auth()
                .oauth2(token)
                .delete("/api/v1/me")
                .then()
                .statusCode(200)
                .body("comments", equalTo(1))
                .body("suggestions", equalTo(0));

        assertEquals(404, Keycloak.userStatus(userId), "the Keycloak user is removed");
        assertEquals(0L, count("select count(*) from account where subject = '" + userId + "'"));
        assertEquals(0L, count("select count(*) from follow where account_id = " + account));
        assertEquals(0L, count("select count(*) from comment where account_id = " + account));
        assertEquals(
                1L,
                count("select count(*) from comment where body_html like '%" + username
                        + "%' and author_name = 'anonymous' and email is null and erased = false"),
                "the comment stays, without its author");
        // The token, still valid a few minutes, does not bring the account back.
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        assertEquals(0L, count("select count(*) from account where subject = '" + userId + "'"));

        while (outbox.dispatchOnce() > 0) {
            // send what was queued
        }
        List<MimeMessage> mails = MailSink.to(email, 1);
        assertEquals(1, mails.size());
        assertEquals("Votre compte Fabrique est supprimé", subject(mails.get(0)));
        assertTrue(MailSink.text(mails.get(0)).contains("Vos 1 com"), MailSink.text(mails.get(0)));
    }

    @Test
    void partnersCannotDeleteTheirAccount_andAnonymousCallersAre401() {
        Keycloak.requireRunning();
        given().auth()
                .oauth2(Keycloak.partnerToken())
                .delete("/api/v1/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().delete("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long accountOf(String subject) {
        return ((Number) em.createNativeQuery("select id from account where subject = :s")
                        .setParameter("s", subject)
                        .getSingleResult())
                .longValue();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
