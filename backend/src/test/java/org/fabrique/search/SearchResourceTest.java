package org.fabrique.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

/** The search on PostgreSQL full-text search, against the demo data and data each test makes. */
@QuarkusTest
class SearchResourceTest {
    private static final String COALITION_3 = "formations-superieures-numeriques-ethiques";

    @Inject
    EntityManagerFactory emf;

    private static JsonPath search(String q, Object... params) {
        var request = given().queryParam("q", q);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void isAccentAndCaseInsensitive() {
        assertTrue(search("ETHIQUE").getList("items.slug").contains(COALITION_3));
        assertTrue(search("Muséum").getList("items.slug").contains("museum-national-histoire-naturelle"));
        assertTrue(search("museum").getList("items.slug").contains("museum-national-histoire-naturelle"));
    }

    @Test
    void findsPartialWords() {
        // "éthiques" in the title: the whole word, its stem and a prefix of it.
        for (String q : List.of("ethique", "ethiq", "éthiques", "formations ethiq")) {
            assertTrue(search(q).getList("items.slug").contains(COALITION_3), q);
        }
    }

    @Test
    void everyWordMustMatch() {
        given().queryParam("q", "communs connaissance")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("communs-de-la-connaissance"))
                .body("items.slug", everyItem(not(equalTo("communs-logiciels"))));
    }

    @Test
    void titleHitsComeFirstAcrossTypes() {
        given().queryParam("q", "reset day")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items[0].titleMatch", equalTo(true))
                .body("items.type", hasItems("event", "note"))
                .body("counts.event", greaterThanOrEqualTo(1));
    }

    @Test
    @TestSecurity(user = "ranker", roles = "admin")
    void ranksByRelevance_titleThenSummaryThenBody() {
        String word = "zorglub" + TestData.unique("w").substring(2).replace("-", "");
        String inBody = createActor("Acteur sans le mot " + TestData.unique("a"), "Rien ici. " + word);
        String inTitle = createActor("Acteur " + word + " " + TestData.unique("a"), "Une description.");
        JsonPath found = search(word, "type", "actor");
        assertEquals(List.of(inTitle, inBody), found.getList("items.slug"));
        assertEquals(List.of(true, false), found.getList("items.titleMatch"));
        assertEquals(2, found.getInt("counts.actor"));
    }

    @Test
    void countsAreExactPerType() {
        JsonPath all = search("communs");
        Map<String, Integer> counts = all.getMap("counts");
        assertEquals(SearchService.TYPES.size(), counts.size(), "every type is counted, zero included");
        for (String type : List.of("coalition", "note", "actor")) {
            JsonPath only = search("communs", "type", type, "size", "100");
            assertEquals(counts.get(type).intValue(), only.getList("items").size(), type);
            assertEquals(counts.get(type).intValue(), only.getInt("totalItems"), type);
        }
        assertEquals(counts.values().stream().mapToInt(Integer::intValue).sum(), all.getInt("totalItems"));
    }

    @Test
    void highlightsTheWordsInASnippet() {
        JsonPath found = search("ethiques", "type", "coalition");
        String snippet = found.getString("items.find { it.slug == '" + COALITION_3 + "' }.snippet");
        assertTrue(snippet.contains("<mark>"), snippet);
        assertTrue(snippet.toLowerCase().matches(".*<mark>éthiques</mark>.*"), snippet);
    }

    @Test
    @TestSecurity(user = "escaper", roles = "admin")
    void snippetsAreEscapedHtml() {
        String word = "quuxword" + TestData.unique("w").substring(2).replace("-", "");
        createActor("Acteur " + TestData.unique("a"), "<script>alert(1)</script> " + word + " & <b>gras</b>");
        String snippet = search(word, "type", "actor").getString("items[0].snippet");
        // ts_headline leaves tags out; what remains is escaped, the marks are the only markup.
        assertTrue(snippet.contains("<mark>" + word + "</mark>"), snippet);
        assertTrue(snippet.contains("&amp;"), snippet);
        assertEquals(snippet.replace("<mark>", "").replace("</mark>", ""), snippet.replaceAll("<[^>]*>", ""), snippet);
    }

    @Test
    void findsEveryType() {
        assertTrue(
                search("Magali Roger", "type", "person").getList("items.title").contains("Magali Roger"));
        assertTrue(search("Lille", "type", "territory").getList("items.slug").contains("lille"));
        assertEquals("coalition", search("ethique", "type", "coalition").getString("items[0].type"));
        assertTrue(search("reset territoires", "type", "resource").getInt("totalItems") >= 1);
        assertTrue(search("partage actions", "type", "initiative").getInt("totalItems") >= 1);
        assertTrue(search("reset day", "type", "event").getInt("totalItems") >= 1);
        assertTrue(search("reset", "type", "note").getInt("totalItems") >= 1);
        JsonPath testimonies = search("formations numeriques", "type", "testimony");
        assertTrue(testimonies.getInt("totalItems") >= 1);
        assertTrue(testimonies.getString("items[0].context.type").matches("coalition|event"));
        JsonPath initiative = search("partage actions", "type", "initiative");
        assertEquals("territory", initiative.getString("items[0].context.type"));
    }

    @Test
    void offersCloseTitlesForAMisspelling() {
        JsonPath found = search("comuns");
        assertEquals(true, found.getBoolean("approximate"));
        assertTrue(found.getList("items.slug").contains("communs-numeriques"));
        assertEquals(false, search("communs").getBoolean("approximate"));
    }

    @Test
    @TestSecurity(user = "coder", roles = "admin")
    void findsCodesThatTheParserCutsOtherwise_asSubstringsOfTitles() {
        // The parser reads "n-12345678" as "-12345678" (a signed number): full-text search alone
        // would not find "12345678". The folded title's trigram index does.
        String code = String.valueOf(10_000_000 + new java.util.Random().nextInt(89_999_999));
        String slug = createActor("Atelier n-" + code, null);
        assertEquals(List.of(slug), search(code).getList("items.slug"));
        given().queryParam("q", code)
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.contains(slug));
    }

    @Test
    void draftNotesAreNeverFound() {
        // The demo data has no draft; a draft made in SQL must stay hidden.
        String word = "draftword" + TestData.unique("w").substring(2).replace("-", "");
        QuarkusTransaction.requiringNew().run(() -> {
            var em = emf.createEntityManager();
            try {
                em.joinTransaction();
                em.createNativeQuery("insert into note (slug, title, body_markdown, body_html, status,"
                                + " comments_open, sample, version, created_at, updated_at)"
                                + " values (:slug, :title, '', '', 'DRAFT', true, false, 0, now(), now())")
                        .setParameter("slug", TestData.unique("draft"))
                        .setParameter("title", "Brouillon " + word)
                        .executeUpdate();
            } finally {
                em.close();
            }
        });
        assertEquals(0, search(word).getInt("totalItems"));
    }

    @Test
    @TestSecurity(user = "writer", roles = "admin")
    void aWriteIsFoundByTheNextSearch() {
        String word = "freshword" + TestData.unique("w").substring(2).replace("-", "");
        assertEquals(0, search(word).getInt("totalItems"));
        String slug = createActor("Acteur " + word, null);
        assertEquals(List.of(slug), search(word).getList("items.slug"));
    }

    @Test
    void aWriteOfAnotherReplicaIsFoundWithinASecond() throws InterruptedException {
        search("communs"); // fills the cache
        String word = "otherreplica" + TestData.unique("w").substring(2).replace("-", "");
        // Plain SQL, as another replica writes: this replica hears of it through NOTIFY.
        QuarkusTransaction.requiringNew().run(() -> {
            var em = emf.createEntityManager();
            try {
                em.joinTransaction();
                em.createNativeQuery("update coalition set summary = summary || ' communs " + word + "'"
                                + " where slug = 'communs-logiciels'")
                        .executeUpdate();
            } finally {
                em.close();
            }
        });
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (search(word).getInt("totalItems") == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("another replica's write was not found within a second");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void theListsQFilterUsesTheSameSearch() {
        given().queryParam("q", "ethiq")
                .get("/api/v1/coalitions")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem(COALITION_3));
        given().queryParam("q", "museu")
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("museum-national-histoire-naturelle"));
        given().queryParam("q", "magal")
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .body("items.fullName", hasItem("Magali Roger"));
    }

    @Test
    void restrictsToTypes() {
        given().queryParam("q", "communs")
                .queryParam("type", "coalition")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.type", everyItem(equalTo("coalition")))
                .body("counts", hasKey("coalition"))
                .body("counts", not(hasKey("note")))
                .body("totalItems", greaterThanOrEqualTo(3));
    }

    @Test
    void rejectsEmptyQueriesAndUnknownTypes() {
        given().get("/api/v1/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
        given().queryParam("q", "!!").get("/api/v1/search").then().statusCode(400);
        given().queryParam("q", "communs")
                .queryParam("type", "secret")
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().queryParam("q", "communs")
                .queryParam("page", "99")
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void operatorsInTheQueryAreWords() {
        // tsquery syntax typed by a person is not syntax: no 500, just words.
        for (String q : List.of("communs & | !", "communs:*", "'communs'", "(communs", "communs <-> numeriques")) {
            given().queryParam("q", q)
                    .get("/api/v1/search")
                    .then()
                    .statusCode(200)
                    .body("query", startsWith(q.substring(0, 1)));
        }
        given().queryParam("q", "communs:* & numeriques")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("communs-numeriques"))
                .body("items[0].snippet", containsString("<mark>"));
    }

    private static String createActor(String name, String description) {
        var body = new java.util.HashMap<String, Object>();
        body.put("name", name);
        body.put("kind", "ASSOCIATION");
        if (description != null) {
            body.put("description", description);
        }
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }
}
