package org.fabrique.note;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.event.EventFormat;
import org.fabrique.event.EventInput;
import org.fabrique.event.EventKind;
import org.fabrique.event.EventService;
import org.fabrique.event.Fixtures;
import org.fabrique.support.QueryPlans;
import org.fabrique.support.SqlStatements;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoteResourceTest {
    @Inject
    EntityManagerFactory emf;

    @Inject
    EntityManager em;

    @Inject
    NoteService notes;

    @Inject
    EventService events;

    static Map<String, Object> note(String title, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", TestData.unique("note"));
        body.put("title", title);
        body.put("bodyMarkdown", "Compte rendu de **" + title + "**.");
        body.put("status", status);
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/notes")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    /** A note made through the service, for tests that run without a role. */
    private String createDirectly(String title, NoteStatus status) {
        return notes.create(new NoteInput(
                        null,
                        title + " " + TestData.unique("n"),
                        "Texte de la note",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        status,
                        null,
                        null))
                .view()
                .slug();
    }

    private String eventSlug() {
        return events.create(new EventInput(
                        null,
                        "Reset Day " + TestData.unique("e"),
                        EventKind.RESET_DAY,
                        null,
                        java.time.OffsetDateTime.parse("2020-04-21T07:30:00Z"),
                        java.time.OffsetDateTime.parse("2020-04-21T15:00:00Z"),
                        "Europe/Paris",
                        EventFormat.ONLINE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .view()
                .slug();
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void createsPublishedNote_whenEditor_withEverythingItEmbeds() {
        String event = eventSlug();
        String coalition = Fixtures.coalition("Communs");
        String axis = Fixtures.axis("Environnement");
        String territory = Fixtures.territory("Occitanie", null);
        String actor = Fixtures.actor("Latitudes");
        String author = Fixtures.person("Augustin Courtier", actor);
        Map<String, Object> body = note("Retour sur le Reset Day", "PUBLISHED");
        body.put("bodyMarkdown", "# Retour\n\nUne journée **riche** en [échanges](https://example.org).");
        body.put("event", event);
        body.put("coalitions", List.of(coalition));
        body.put("axes", List.of(axis));
        body.put("territories", List.of(territory));
        body.put("authors", List.of(author));
        body.put("commentsOpen", false);
        String slug = (String) body.get("slug");

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/notes")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/notes/" + slug))
                .header("ETag", notNullValue())
                .body("publishedAt", notNullValue());

        given().get("/api/v1/notes/" + slug)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("bodyHtml", containsString("<strong>riche</strong>"))
                .body("bodyHtml", containsString("href=\"https://example.org\""))
                .body("excerpt", equalTo("Retour Une journée riche en échanges."))
                .body("event.slug", equalTo(event))
                .body("event.startsAt", equalTo("2020-04-21T09:30:00+02:00"))
                .body("coalitions.slug", contains(coalition))
                .body("axes.slug", contains(axis))
                .body("territories.slug", contains(territory))
                .body("authors.slug", contains(author))
                .body("authors[0].actor.slug", equalTo(actor))
                .body("commentsOpen", equalTo(false));

        given().get("/api/v1/notes?event=" + event)
                .then()
                .statusCode(200)
                .body("items.slug", contains(slug))
                .body("items[0].authors.fullName", contains("Augustin Courtier"))
                .body("items[0].axes.slug", contains(axis))
                .body("items[0].coalitions.slug", contains(coalition))
                .body("items[0].event.slug", equalTo(event))
                .body("items[0].bodyHtml", nullValue());
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void markdownNeverLetsScriptsThrough() {
        Map<String, Object> body = note("XSS", "PUBLISHED");
        body.put(
                "bodyMarkdown",
                "Avant\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n\n"
                        + "<a href=\"javascript:alert(1)\">y</a> <b onclick=\"alert(1)\">z</b>\n\n![i](javascript:alert(1))");
        String slug = create(body);
        String html = given().get("/api/v1/notes/" + slug)
                .then()
                .statusCode(200)
                .body("bodyHtml", containsString("Avant"))
                .extract()
                .path("bodyHtml");
        // Raw HTML is escaped into text; what matters is that no element or attribute can run code.
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        org.junit.jupiter.api.Assertions.assertTrue(
                doc.select("script, img, iframe, object").isEmpty(), html);
        for (org.jsoup.nodes.Element element : doc.getAllElements()) {
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                org.junit.jupiter.api.Assertions.assertFalse(
                        attribute.getKey().toLowerCase().startsWith("on"), html);
                org.junit.jupiter.api.Assertions.assertFalse(
                        attribute.getValue().toLowerCase().contains("javascript:"), html);
            }
        }
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("<script"), html);
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("<img"), html);
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void keepsGivenExcerpt_andSetsPublishedAtOnFirstPublicationOnly_and412OnStaleIfMatch() {
        Map<String, Object> body = note("Brouillon", "DRAFT");
        body.put("excerpt", "Résumé donné");
        String slug = create(body);
        var draft = given().get("/api/v1/notes/" + slug)
                .then()
                .statusCode(200)
                .body("excerpt", equalTo("Résumé donné"))
                .body("publishedAt", nullValue())
                .extract();
        String etag = draft.header("ETag");

        body.put("status", "PUBLISHED");
        var published = given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/notes/" + slug)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue())
                .extract();
        String publishedAt = published.path("publishedAt");
        given().get("/api/v1/notes/" + slug).then().header("ETag", equalTo(published.header("ETag")));

        body.put("title", "Publiée puis corrigée");
        given().contentType(ContentType.JSON)
                .header("If-Match", published.header("ETag"))
                .body(body)
                .put("/api/v1/notes/" + slug)
                .then()
                .statusCode(200)
                .body("title", equalTo("Publiée puis corrigée"))
                .body("publishedAt", equalTo(publishedAt));

        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/notes/" + slug)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void draftIsHiddenFromThePublic() {
        String draft = createDirectly("Brouillon public", NoteStatus.DRAFT);
        String published = createDirectly("Publiée publique", NoteStatus.PUBLISHED);
        given().get("/api/v1/notes/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/notes/" + published).then().statusCode(200);
        given().get("/api/v1/notes?size=100&q=" + draft.substring(draft.length() - 8))
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().get("/api/v1/notes?status=draft").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/notes?status=all").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "m", roles = "member")
    void draftIsHiddenFromMembers() {
        String draft = createDirectly("Brouillon membre", NoteStatus.DRAFT);
        given().get("/api/v1/notes/" + draft).then().statusCode(404);
        given().get("/api/v1/notes?status=draft").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void draftIsVisibleToAdmins() {
        String draft = createDirectly("Brouillon admin", NoteStatus.DRAFT);
        String published = createDirectly("Publiée admin", NoteStatus.PUBLISHED);
        given().get("/api/v1/notes/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
        given().get("/api/v1/notes?status=draft&size=100&q=" + draft.substring(draft.length() - 8))
                .then()
                .statusCode(200)
                .body("items.slug", contains(draft));
        given().get("/api/v1/notes?status=all&size=100&q=admin")
                .then()
                .body("items.slug", hasItem(draft))
                .body("items.slug", hasItem(published));
        given().get("/api/v1/notes?size=100&q=admin")
                .then()
                .body("items.slug", not(hasItem(draft)))
                .body("items.slug", hasItem(published));
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void filtersByCoalitionAxisTerritoryAndSortsByTitle() {
        String coalition = Fixtures.coalition("Filtre");
        String axis = Fixtures.axis("Filtre");
        String region = Fixtures.territory("Région filtre", null);
        String city = Fixtures.territory("Ville filtre", region);
        Map<String, Object> b = note("Bravo", "PUBLISHED");
        b.put("coalitions", List.of(coalition));
        b.put("axes", List.of(axis));
        String bravo = create(b);
        Map<String, Object> a = note("Alpha", "PUBLISHED");
        a.put("coalitions", List.of(coalition));
        a.put("territories", List.of(city));
        String alpha = create(a);
        Map<String, Object> draft = note("Aardvark", "DRAFT");
        draft.put("coalitions", List.of(coalition));
        create(draft);

        given().get("/api/v1/notes?coalition=" + coalition)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.slug", contains(alpha, bravo));
        given().get("/api/v1/notes?coalition=" + coalition + "&sort=title")
                .then()
                .body("items.slug", contains(alpha, bravo));
        given().get("/api/v1/notes?coalition=" + coalition + "&sort=-title")
                .then()
                .body("items.slug", contains(bravo, alpha));
        given().get("/api/v1/notes?axis=" + axis).then().body("items.slug", contains(bravo));
        given().get("/api/v1/notes?territory=" + region).then().body("items.slug", contains(alpha));
        given().get("/api/v1/notes?coalition=" + coalition + "&status=all")
                .then()
                .body("totalItems", equalTo(3));
        given().get("/api/v1/notes?axis=" + TestData.unique("none"))
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().get("/api/v1/notes?coalition=" + coalition + "&size=1&page=1")
                .then()
                .body("items.slug", contains(bravo))
                .body("totalPages", equalTo(2));
    }

    @Test
    void rejectsBadPagingAndFilterValues() {
        for (String query : List.of("page=-1", "page=abc", "size=1000", "sort=author", "status=secret")) {
            given().get("/api/v1/notes?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors", notNullValue());
        }
    }

    @Test
    void writesNeedAuthentication() {
        given().contentType(ContentType.JSON)
                .body(note("Anonyme", "DRAFT"))
                .post("/api/v1/notes")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void writesAreForbiddenToCoordinator() {
        given().contentType(ContentType.JSON)
                .body(note("Coordination", "DRAFT"))
                .post("/api/v1/notes")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().delete("/api/v1/notes/whatever").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void deletesNote_whenAdmin_answers304_404_and409() {
        Map<String, Object> body = note("À supprimer", "PUBLISHED");
        String slug = create(body);
        String etag = given().get("/api/v1/notes/" + slug).then().extract().header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/notes/" + slug)
                .then()
                .statusCode(304);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/notes")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().delete("/api/v1/notes/" + slug).then().statusCode(204);
        given().get("/api/v1/notes/" + slug).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void validationErrorsNameEachField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", "Not A Slug"))
                .post("/api/v1/notes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("slug"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("bodyMarkdown"));
        for (String field : List.of("event", "coalitions", "axes", "territories", "authors")) {
            Map<String, Object> body = note("Références", "DRAFT");
            String ghost = TestData.unique("ghost");
            body.put(field, field.equals("event") ? ghost : List.of(ghost));
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/notes")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains(field));
        }
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void listStatementCountDoesNotGrowWithPageSize() {
        String coalition = Fixtures.coalition("Volume notes");
        String axis = Fixtures.axis("Volume notes");
        String event = eventSlug();
        for (int i = 0; i < 12; i++) {
            String author = Fixtures.person("Auteur " + i, Fixtures.actor("Acteur " + i));
            Map<String, Object> body = note("Volume " + i, "PUBLISHED");
            body.put("coalitions", List.of(coalition));
            body.put("axes", List.of(axis));
            body.put("authors", List.of(author));
            body.put("event", event);
            create(body);
        }
        // Once, so that both measures find the caches (the axes) filled.
        given().get("/api/v1/notes?size=1&coalition=" + coalition).then().statusCode(200);
        long small = SqlStatements.count(
                emf,
                () -> given().get("/api/v1/notes?size=5&coalition=" + coalition)
                        .then()
                        .statusCode(200)
                        .body("items.size()", equalTo(5)));
        long large = SqlStatements.count(
                emf,
                () -> given().get("/api/v1/notes?size=50&coalition=" + coalition)
                        .then()
                        .statusCode(200)
                        .body("items.size()", equalTo(12)));
        assertNotEquals(0, small);
        assertEquals(small, large);
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void listEmbedsReferences_authorsWithAndWithoutActor() {
        String event = eventSlug();
        String coalition = Fixtures.coalition("Communs embarqués");
        String actor = Fixtures.actor("Latitudes");
        String withActor = Fixtures.person("Augustin Courtier", actor);
        String alone = Fixtures.person("Bérénice Seule", null);
        Map<String, Object> body = note("Références embarquées", "PUBLISHED");
        body.put("event", event);
        body.put("coalitions", List.of(coalition));
        body.put("authors", List.of(alone, withActor));
        create(body);

        given().get("/api/v1/notes?event=" + event)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].authors.slug", contains(withActor, alone))
                .body("items[0].authors[0].fullName", equalTo("Augustin Courtier"))
                .body("items[0].authors[0].roleTitle", equalTo("Speaker"))
                .body("items[0].authors[0].actor.slug", equalTo(actor))
                .body("items[0].authors[0].actor.name", equalTo("Latitudes"))
                .body("items[0].authors[0].actor.kind", equalTo("ASSOCIATION"))
                .body("items[0].authors[1].fullName", equalTo("Bérénice Seule"))
                .body("items[0].authors[1].actor", nullValue())
                .body("items[0].coalitions.slug", contains(coalition))
                .body("items[0].coalitions[0].title", equalTo("Communs embarqués"))
                .body("items[0].coalitions[0].stage", equalTo("FORMING"))
                .body("items[0].coalitions[0].number", notNullValue())
                .body("items[0].event.slug", equalTo(event))
                .body("items[0].event.kind", equalTo("RESET_DAY"))
                .body("items[0].event.startsAt", equalTo("2020-04-21T09:30:00+02:00"));
    }

    /**
     * The list's default order (NoteRepository.page: published notes, latest first) is an index's
     * order (V36), so a page reads its rows from the index instead of sorting every published note.
     */
    @Test
    void defaultOrderOfTheListIsAnIndexOrder() {
        String plan = QueryPlans.withoutSorting(
                em,
                "select n.id from note n where n.status in ('PUBLISHED')"
                        + " order by n.published_at desc nulls last, n.id desc offset 0 rows fetch first 20 rows only");
        assertFalse(plan.contains("Sort"), plan);
        assertTrue(plan.contains("note_published_idx"), plan);
    }
}
