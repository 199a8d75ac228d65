package org.fabrique.common.i18n;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Both languages beyond the first records: a coalition's canvas, territories and shared resources
 * translated; references and search hits in the reader's language; records written in English
 * (Content-Language); actors, people, testimonies and initiatives saying their language.
 */
@QuarkusTest
class LanguagesEverywhereTest {
    private static final String COALITION_3 = "formations-superieures-numeriques-ethiques";

    /** A coalition with one problem, one experience and one impact; its slug. */
    private static String coalitionWithACanvas() {
        String slug = TestData.unique("canvas-traduit");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "slug", slug,
                        "title", "Coalition à traduire",
                        "problems", List.of(Map.of("title", "Manque de formateurs", "description", "Trop peu")),
                        "experiences", List.of(Map.of("title", "Une expérience", "description", "Menée à Lille")),
                        "impacts",
                                List.of(Map.of(
                                        "title", "Plus de formations",
                                        "indicator", "Formations ouvertes",
                                        "unit", "formations",
                                        "target", 10))))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201);
        return slug;
    }

    @Test
    @TestSecurity(user = "translator", roles = "admin")
    void aCoalitionsCanvasIsTranslatedWithIt_partByPart() {
        String slug = coalitionWithACanvas();
        JsonPath coalition = given().get("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long problem = coalition.getLong("problems[0].id");
        long experience = coalition.getLong("experiences[0].id");
        long impact = coalition.getLong("impacts[0].id");
        // The editor sees the canvas' texts among the originals, named after their part.
        given().get("/api/v1/coalitions/" + slug + "/translations")
                .then()
                .statusCode(200)
                .body("originals", hasKey("problem." + problem + ".title"))
                .body("originals.'experience." + experience + ".description'", equalTo("Menée à Lille"))
                .body("originals.'impact." + impact + ".indicator'", equalTo("Formations ouvertes"));
        // The needs list names the untranslated parts.
        given().queryParam("into", "en")
                .get("/api/v1/translation-needs")
                .then()
                .statusCode(200)
                .body("find { it.slug == '" + slug + "' }.fields", hasItem("problem." + problem + ".title"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "texts",
                        Map.of(
                                "problem." + problem + ".title", "Too few trainers",
                                "experience." + experience + ".title", "An experience",
                                "impact." + impact + ".title", "More courses")))
                .put("/api/v1/coalitions/" + slug + "/translations/en")
                .then()
                .statusCode(200);

        given().queryParam("lang", "en")
                .get("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .body("problems[0].title", equalTo("Too few trainers"))
                .body("problems[0].languages.texts.title", equalTo("en"))
                .body("problems[0].description", equalTo("Trop peu"))
                .body("problems[0].languages.texts.description", equalTo("fr"))
                .body("experiences[0].title", equalTo("An experience"))
                .body("experiences[0].languages.texts.title", equalTo("en"))
                .body("impacts[0].title", equalTo("More courses"))
                .body("impacts[0].languages.texts.indicator", equalTo("fr"))
                // The coalition's own languages name only its own texts.
                .body("languages.texts", not(hasKey("problem." + problem + ".title")))
                .body("languages.texts.title", equalTo("fr"));
        // The translated canvas is searchable.
        given().queryParam("q", "trainers")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem(slug));

        // A part that goes takes its translations with it.
        given().contentType(ContentType.JSON)
                .body(Map.of("problems", List.of()))
                .contentType("application/merge-patch+json")
                .patch("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200);
        given().get("/api/v1/coalitions/" + slug + "/translations")
                .then()
                .statusCode(200)
                .body("translations.field", not(hasItem("problem." + problem + ".title")))
                .body("translations.field", hasItem("experience." + experience + ".title"));
    }

    @Test
    @TestSecurity(user = "translator", roles = "admin")
    void territoriesAndSharedResourcesAreReadInTranslation() {
        String territory = TestData.unique("territoire-traduit");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "slug",
                        territory,
                        "name",
                        "Territoire à traduire",
                        "kind",
                        "METROPOLIS",
                        "description",
                        "Une métropole"))
                .post("/api/v1/territories")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("description", "A metropolis of glassworks")))
                .put("/api/v1/territories/" + territory + "/translations/en")
                .then()
                .statusCode(200)
                .body("translations[0].translatedBy", equalTo("translator"));
        given().queryParam("lang", "en")
                .get("/api/v1/territories/" + territory)
                .then()
                .statusCode(200)
                .body("description", equalTo("A metropolis of glassworks"))
                .body("languages.texts.description", equalTo("en"))
                .body("name", equalTo("Territoire à traduire"))
                .body("languages.texts.name", equalTo("fr"));

        String resource = TestData.unique("ressource-traduite");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "slug",
                        resource,
                        "title",
                        "Guide à traduire",
                        "kind",
                        "GUIDE",
                        "availability",
                        "AVAILABLE",
                        "description",
                        "Un guide"))
                .post("/api/v1/resources")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("title", "Handbook of glassblowing")))
                .put("/api/v1/resources/" + resource + "/translations/en")
                .then()
                .statusCode(200);
        given().header("Accept-Language", "en")
                .get("/api/v1/resources/" + resource)
                .then()
                .statusCode(200)
                .body("title", equalTo("Handbook of glassblowing"))
                .body("languages.texts.title", equalTo("en"))
                .body("languages.texts.description", equalTo("fr"));
        // Search finds both by their English words, and shows the hits in English when asked.
        given().queryParam("q", "glassblowing")
                .queryParam("lang", "en")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == '" + resource + "' }.title", equalTo("Handbook of glassblowing"))
                .body("items.find { it.slug == '" + resource + "' }.languages.texts.title", equalTo("en"))
                .body("items.find { it.slug == '" + resource + "' }.languages.texts.excerpt", equalTo("fr"));
        given().queryParam("q", "glassworks")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == '" + territory + "' }.languages.original", equalTo("fr"));
        // Both are on the needs list until translated.
        given().queryParam("into", "en")
                .get("/api/v1/translation-needs")
                .then()
                .statusCode(200)
                .body("find { it.slug == '" + territory + "' }.kind", equalTo("territory"))
                .body("find { it.slug == '" + territory + "' }.fields", equalTo(List.of("name")))
                .body("find { it.slug == '" + resource + "' }.kind", equalTo("resource"));
    }

    @Test
    @TestSecurity(user = "coord2", roles = "coordinator")
    void translatingATerritoryNeedsThePermissionToEditIt() {
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("description", "x")))
                .put("/api/v1/territories/metropole-europeenne-de-lille/translations/en")
                .then()
                .statusCode(403);
    }

    @Test
    void referencesAndSearchHitsShowTranslatedTitles() {
        String c3En = given().queryParam("lang", "en")
                .get("/api/v1/coalitions/" + COALITION_3)
                .then()
                .extract()
                .path("title");
        // A note about coalition #3 embeds it with its English title, said to be English.
        given().queryParam("lang", "en")
                .get("/api/v1/notes/notes-du-reset-day-4")
                .then()
                .statusCode(200)
                .body("coalitions.find { it.slug == '" + COALITION_3 + "' }.title", equalTo(c3En))
                .body("coalitions.find { it.slug == '" + COALITION_3 + "' }.languages.texts.title", equalTo("en"))
                .body("event.title", equalTo("Reset Day 4"))
                .body("event.languages.texts.title", equalTo("en"));
        given().get("/api/v1/notes/notes-du-reset-day-4")
                .then()
                .statusCode(200)
                .body("coalitions.find { it.slug == '" + COALITION_3 + "' }.languages.texts.title", equalTo("fr"));
        given().queryParam("q", "ethique")
                .queryParam("lang", "en")
                .queryParam("type", "coalition")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == '" + COALITION_3 + "' }.title", equalTo("#3 " + c3En))
                .body("items.find { it.slug == '" + COALITION_3 + "' }.languages.texts.title", equalTo("en"));
        given().queryParam("q", "ethique")
                .queryParam("type", "coalition")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == '" + COALITION_3 + "' }.languages.texts.title", equalTo("fr"));
    }

    @Test
    @TestSecurity(user = "editor", roles = "editor")
    void aRecordWrittenInEnglishSaysSo_andIsNotTranslatedIntoEnglish() {
        String slug = TestData.unique("english-note");
        given().contentType(ContentType.JSON)
                .header("Content-Language", "en-GB")
                .body(Map.of("slug", slug, "title", "A note in English", "bodyMarkdown", "Text", "status", "PUBLISHED"))
                .post("/api/v1/notes")
                .then()
                .statusCode(201);
        given().header("Accept-Language", "fr")
                .get("/api/v1/notes/" + slug)
                .then()
                .statusCode(200)
                .body("languages.original", equalTo("en"))
                .body("languages.texts.title", equalTo("en"));
        // Its translation is into French, not English.
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("title", "Titre")))
                .put("/api/v1/notes/" + slug + "/translations/en")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("title", "Une note en anglais")))
                .put("/api/v1/notes/" + slug + "/translations/fr")
                .then()
                .statusCode(200);
        given().queryParam("lang", "fr")
                .get("/api/v1/notes/" + slug)
                .then()
                .statusCode(200)
                .body("title", equalTo("Une note en anglais"))
                .body("languages.texts.title", equalTo("fr"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anActorWrittenInEnglishSaysSo_andAnUnknownContentLanguageIs400() {
        String slug = TestData.unique("english-actor");
        given().contentType(ContentType.JSON)
                .header("Content-Language", "en")
                .body(Map.of("slug", slug, "name", "Glass Guild", "kind", "ASSOCIATION", "description", "A guild"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .body("languages.original", equalTo("en"))
                .body("languages.texts.description", equalTo("en"));
        given().contentType(ContentType.JSON)
                .header("Content-Language", "de")
                .body(Map.of("slug", TestData.unique("german-actor"), "name", "Gilde", "kind", "ASSOCIATION"))
                .post("/api/v1/actors")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("Content-Language"));
        given().queryParam("q", "glass guild")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == '" + slug + "' }.languages.original", equalTo("en"));
    }

    @Test
    void demoActorsPeopleAndTestimoniesSayTheyAreInFrench() {
        given().get("/api/v1/actors/latitudes")
                .then()
                .statusCode(200)
                .body("languages.original", equalTo("fr"))
                .body("languages.texts.description", equalTo("fr"));
        given().get("/api/v1/testimonies")
                .then()
                .statusCode(200)
                .body("items[0].languages.texts.summary", equalTo("fr"))
                .body("items[0].languages", not(nullValue()));
    }
}
