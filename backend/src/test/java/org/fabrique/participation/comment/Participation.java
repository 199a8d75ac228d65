package org.fabrique.participation.comment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.fabrique.coalition.CoalitionFixtures;
import org.fabrique.note.NoteInput;
import org.fabrique.note.NoteService;
import org.fabrique.note.NoteStatus;
import org.fabrique.support.TestData;

/** Test data and requests of the participation tests (notes, coalitions, comments, addresses). */
@ApplicationScoped
public class Participation {
    private final NoteService notes;
    private final CoalitionFixtures coalitions;
    private final CommentService comments;

    public Participation(NoteService notes, CoalitionFixtures coalitions, CommentService comments) {
        this.notes = notes;
        this.coalitions = coalitions;
        this.comments = comments;
    }

    /** A fresh client address (each test its own, so rate limit counters never collide). */
    public static String ip() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    public static String email() {
        return TestData.unique("reader") + "@example.org";
    }

    public String note(boolean commentsOpen, NoteStatus status) {
        return notes.create(new NoteInput(
                        null,
                        "Note " + TestData.unique("n"),
                        "Texte",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        status,
                        commentsOpen,
                        null))
                .view()
                .slug();
    }

    public String note() {
        return note(true, NoteStatus.PUBLISHED);
    }

    public String coalition() {
        return coalitions.coalition("Coalition " + TestData.unique("c"));
    }

    public String axis() {
        return coalitions.axis("Axe " + TestData.unique("a"));
    }

    /** A comment body as the form sends it, shown 10 s ago. */
    public static Map<String, Object> comment(String name, String email, String body) {
        Map<String, Object> m = new HashMap<>();
        m.put("authorName", name);
        m.put("email", email);
        m.put("body", body);
        m.put("formStartedAt", OffsetDateTime.now().minusSeconds(10).toString());
        return m;
    }

    public static RequestSpecification from(String ip) {
        return given().header("X-Forwarded-For", ip).contentType(ContentType.JSON);
    }

    public static Response post(String ip, String path, Map<String, Object> body) {
        return from(ip).body(body).post(path);
    }

    /** Approves comments as a moderator would. */
    public void approve(long... ids) {
        comments.decide(java.util.Arrays.stream(ids).boxed().toList(), CommentAction.APPROVE, "test");
    }

    /** Posts a comment and approves it; returns its id. */
    public long approvedComment(String path, String email, String body) {
        long id = post(ip(), path, comment("Camille", email, body))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        approve(id);
        return id;
    }

    public static List<String> noteAndCoalitionPaths(String note, String coalition) {
        return List.of("/api/v1/notes/" + note + "/comments", "/api/v1/coalitions/" + coalition + "/comments");
    }
}
