package org.fabrique.participation.comment;

import static io.restassured.RestAssured.given;
import static org.fabrique.participation.comment.Participation.comment;
import static org.fabrique.participation.comment.Participation.ip;
import static org.fabrique.participation.comment.Participation.post;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.fabrique.note.NoteInput;
import org.fabrique.note.NoteService;
import org.fabrique.note.NoteStatus;
import org.fabrique.opendata.OpenDataExports;
import org.fabrique.participation.suggestion.SuggestionAction;
import org.fabrique.participation.suggestion.SuggestionService;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Comments and suggestions sent with a known e-mail address and a draft note with a known title,
 * then every public GET operation of the served OpenAPI document (path parameters filled with this
 * test's records, or demo slugs; the open-data ZIP unpacked, its CSV files, the iCalendar and Atom
 * feeds included) and the log lines written meanwhile are scanned for that address and that title.
 */
@QuarkusTest
@TestProfile(ParticipationTestProfile.class)
class EmailPrivacyTest {
    @Inject
    Participation fixtures;

    @Inject
    SuggestionService suggestions;

    @Inject
    NoteService notes;

    @Test
    void aCommentersEmailAppearsInNoPublicResponseNorLogLine() {
        String email = "secret." + TestData.unique("x") + "@example.org";
        String local = email.substring(0, email.indexOf('@'));
        List<String> logLines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logLines.add(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(r.getParameters()) + " "
                        + r.getThrown());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String note = fixtures.note();
        String draft = "Brouillon " + TestData.unique("draft");
        notes.create(new NoteInput(
                null, draft, "Texte du brouillon", null, null, null, null, null, null, NoteStatus.DRAFT, true, null));
        String coalition = fixtures.coalition();
        String axis = fixtures.axis();
        long suggestionId;
        long commentId;
        try {
            commentId = fixtures.approvedComment("/api/v1/notes/" + note + "/comments", email, "Mon commentaire");
            fixtures.approvedComment("/api/v1/coalitions/" + coalition + "/comments", email, "Sur la coalition");
            Map<String, Object> s = comment("Camille", email, "ignored");
            s.put("kind", "MISSING_SUBJECT");
            s.put("title", "Un sujet " + local);
            s.remove("body");
            s.put("formStartedAt", OffsetDateTime.now().minusSeconds(10).toString());
            suggestionId = post(ip(), "/api/v1/axes/" + axis + "/suggestions", s)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            suggestions.decide(List.of(suggestionId), SuggestionAction.ACCEPT, null, null, false, null);
            // Failures must not echo it either.
            post(ip(), "/api/v1/notes/" + note + "/comments", comment("Camille", email, ""))
                    .then()
                    .statusCode(400);
            // Over the per-e-mail limit: the 429 does not name the address either.
            String refused = post(ip(), "/api/v1/notes/" + note + "/comments", comment("Camille", email, "Encore"))
                    .then()
                    .statusCode(429)
                    .extract()
                    .asString();
            assertFalse(refused.contains(email));
        } finally {
            root.removeHandler(capture);
        }
        for (String line : logLines) {
            assertFalse(line.toLowerCase(Locale.ROOT).contains(email), "log line shows the e-mail: " + line);
        }

        JsonPath doc = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        int scanned = 0;
        List<String> leaks = new ArrayList<>();
        for (var entry : paths.entrySet()) {
            if (!entry.getValue().containsKey("get")) {
                continue;
            }
            String template = entry.getKey();
            String path = fill(template, note, coalition, axis, commentId, suggestionId);
            String body = read(path + (template.equals("/api/v1/search") ? "?q=" + local : ""));
            scanned++;
            if (body.toLowerCase(Locale.ROOT).contains(email) || body.contains(draft)) {
                leaks.add(path);
            }
            if (!template.contains("{")) {
                String big = read(path + "?size=100");
                if (big.toLowerCase(Locale.ROOT).contains(email) || big.contains(draft)) {
                    leaks.add(path + "?size=100");
                }
            }
        }
        assertTrue(scanned > 30, "scanned " + scanned);
        assertTrue(paths.containsKey("/api/v1/open-data/fabrique.zip"), "the open-data archive is scanned");
        assertTrue(paths.containsKey("/api/v1/feeds/events.ics"), "the calendar is scanned");
        assertTrue(paths.containsKey("/api/v1/feeds/notes.atom"), "the notes feed is scanned");
        assertTrue(paths.containsKey("/api/v1/feeds/coalitions.atom"), "the coalitions feed is scanned");
        assertTrue(leaks.isEmpty(), "the e-mail appears in " + leaks);
        assertFalse(given().get("/q/openapi").asString().contains(email));
    }

    /** The answer as text; a ZIP (the open-data archive) as the text of all its files. */
    private static String read(String path) {
        if (path.contains(".zip")) {
            Map<String, String> files = OpenDataExports.unzip(
                    given().get(path).then().statusCode(200).extract().asByteArray());
            assertTrue(
                    files.containsKey("notes.csv") && files.containsKey("coalitions.csv"),
                    files.keySet().toString());
            return String.join("\n", files.values());
        }
        return given().get(path).asString();
    }

    private static String fill(
            String t, String note, String coalition, String axis, long commentId, long suggestionId) {
        String slug;
        if (t.startsWith("/api/v1/notes")) {
            slug = note;
        } else if (t.startsWith("/api/v1/coalitions")) {
            slug = coalition;
        } else if (t.startsWith("/api/v1/axes")) {
            slug = axis;
        } else if (t.startsWith("/api/v1/actors")) {
            slug = "latitudes";
        } else if (t.startsWith("/api/v1/people")) {
            slug = "augustin-courtier";
        } else if (t.startsWith("/api/v1/territories")) {
            slug = "metropole-europeenne-de-lille";
        } else if (t.startsWith("/api/v1/events")) {
            slug = "reset-day-4";
        } else if (t.startsWith("/api/v1/resources")) {
            slug = "reset-pour-les-territoires";
        } else if (t.startsWith("/api/v1/initiatives")) {
            slug = "mel-partage-actions";
        } else {
            slug = "unknown";
        }
        String id = t.startsWith("/api/v1/suggestions") ? String.valueOf(suggestionId) : String.valueOf(commentId);
        return t.replace("{slug}", slug)
                .replace("{id}", id)
                .replace("{actorSlug}", "latitudes")
                .replace("{territorySlug}", "metropole-europeenne-de-lille")
                .replace("{impactId}", "1")
                .replace("{measureId}", "1")
                .replace("{type}", "coalition");
    }
}
