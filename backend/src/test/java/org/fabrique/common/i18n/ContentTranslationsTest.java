package org.fabrique.common.i18n;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

/** Texts in French and English: originals, translations with author and date, fallback, search. */
@QuarkusTest
class ContentTranslationsTest {
    private static final String COALITION_3 = "formations-superieures-numeriques-ethiques";
    private static final String C3_EN =
            "For higher digital education that integrates ethical, social and environmental questions";
    private static final String C3_FR =
            "Pour des formations supérieures numériques intégrant les questions éthiques sociales et environnementales";

    @Test
    void anEnglishReaderGetsTheDemoTranslationOfCoalition3_markedAsSuch() {
        given().header("Accept-Language", "en-GB,en;q=0.9")
                .get("/api/v1/coalitions/" + COALITION_3)
                .then()
                .statusCode(200)
                .header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                .body("title", equalTo(C3_EN))
                .body("languages.original", equalTo("fr"))
                .body("languages.texts.title", equalTo("en"))
                .body("languages.texts.vision", equalTo("en"))
                .body("axes.find { it.slug == 'environnement' }.name", equalTo("Environmental dimension"))
                .body("axes.find { it.slug == 'environnement' }.languages.texts.name", equalTo("en"));
    }

    @Test
    void theLangParameterWinsOverTheHeader_andWithoutEitherTheOriginalsShow() {
        given().header("Accept-Language", "fr")
                .queryParam("lang", "en")
                .get("/api/v1/coalitions/" + COALITION_3)
                .then()
                .statusCode(200)
                .body("title", equalTo(C3_EN));
        given().get("/api/v1/coalitions/" + COALITION_3)
                .then()
                .statusCode(200)
                .body("title", equalTo(C3_FR))
                .body("languages.texts.title", equalTo("fr"));
    }

    @Test
    void anUnknownLangParameterIs400Problem() {
        given().queryParam("lang", "de")
                .get("/api/v1/coalitions/" + COALITION_3)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("lang"));
    }

    @Test
    void listsShowTranslationsToo() {
        given().queryParam("lang", "en")
                .queryParam("size", 100)
                .get("/api/v1/coalitions")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == '" + COALITION_3 + "' }.title", equalTo(C3_EN))
                .body("items.find { it.slug == '" + COALITION_3 + "' }.languages.texts.title", equalTo("en"))
                // No translation: the original, said to be French.
                .body("items.find { it.slug == 'communs-numeriques' }.title", equalTo("Communs numériques"))
                .body("items.find { it.slug == 'communs-numeriques' }.languages.texts.title", equalTo("fr"));
        given().queryParam("lang", "en")
                .get("/api/v1/axes")
                .then()
                .statusCode(200)
                .body("find { it.slug == 'environnement' }.name", equalTo("Environmental dimension"))
                .body("find { it.slug == 'environnement' }.languages.original", equalTo("fr"));
    }

    @Test
    void eventsAndTheirSessionsAreTranslated_notesFallBackToTheirFrenchOriginal() {
        given().queryParam("lang", "en")
                .get("/api/v1/events/reset-day-4")
                .then()
                .statusCode(200)
                .body("description", org.hamcrest.Matchers.startsWith("A dense online day"))
                .body("languages.texts.description", equalTo("en"))
                .body("agenda[0].title", equalTo("Plenary session"))
                .body("agenda[0].languages.texts.title", equalTo("en"));
        // The list too: titles in the reader's language, saying which.
        given().queryParam("lang", "en")
                .queryParam("when", "past")
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == 'reset-day-4' }.title", equalTo("Reset Day 4"))
                .body("items.find { it.slug == 'reset-day-4' }.languages.texts.title", equalTo("en"));
        given().queryParam("when", "past")
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == 'reset-day-4' }.languages.texts.title", equalTo("fr"));
        given().queryParam("lang", "en")
                .get("/api/v1/notes/notes-du-reset-day-4")
                .then()
                .statusCode(200)
                .body("title", equalTo("Notes du Reset Day 4"))
                .body("languages.original", equalTo("fr"))
                .body("languages.texts.title", equalTo("fr"))
                .body("languages.texts.body", equalTo("fr"));
        given().queryParam("lang", "en")
                .get("/api/v1/notes")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == 'notes-du-reset-day-4' }.languages.texts.title", equalTo("fr"));
    }

    @Test
    @TestSecurity(user = "editor", roles = "editor")
    void anEditorTranslatesANote_andItsBodyIsRenderedFromTheTranslation() {
        String slug = TestData.unique("note-traduite");
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "title", "Une note", "bodyMarkdown", "Du **texte**", "status", "PUBLISHED"))
                .post("/api/v1/notes")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("title", "A note", "body", "Some **text**")))
                .put("/api/v1/notes/" + slug + "/translations/en")
                .then()
                .statusCode(200)
                .body("translations.size()", equalTo(2));
        given().header("Accept-Language", "en")
                .get("/api/v1/notes/" + slug)
                .then()
                .statusCode(200)
                .body("title", equalTo("A note"))
                .body("bodyHtml", org.hamcrest.Matchers.containsString("<strong>text</strong>"))
                .body("languages.texts.body", equalTo("en"));
    }

    @Test
    void searchFindsACoalitionByAWordOfItsTranslation() {
        given().queryParam("q", "higher education")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem(COALITION_3));
    }

    private static String coalition() {
        String slug = TestData.unique("traduite");
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("title", "Sobriété numérique des collectivités");
        body.put("summary", "Réduire l'empreinte des services publics numériques");
        body.put("stage", "EMERGING");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201);
        return slug;
    }

    @Test
    @TestSecurity(user = "translator", roles = "admin")
    void anEditorTranslates_andTheAuthorAndDateAreKept_andSearchFindsIt() {
        String slug = coalition();
        String word = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("title", "Digital sobriety of local authorities " + word)))
                .put("/api/v1/coalitions/" + slug + "/translations/en")
                .then()
                .statusCode(200)
                .body("original", equalTo("fr"))
                .body("originals.title", equalTo("Sobriété numérique des collectivités"))
                .body("translations[0].lang", equalTo("en"))
                .body("translations[0].field", equalTo("title"))
                .body("translations[0].translatedBy", equalTo("translator"))
                .body("translations[0].translatedAt", notNullValue());
        given().queryParam("lang", "en")
                .get("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .body("title", equalTo("Digital sobriety of local authorities " + word))
                .body("languages.texts.title", equalTo("en"))
                // The summary has no translation: the original, in French.
                .body("summary", equalTo("Réduire l'empreinte des services publics numériques"))
                .body("languages.texts.summary", equalTo("fr"));
        given().queryParam("q", word)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem(slug));

        // An empty text removes the field's translation; DELETE removes them all.
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("title", "")))
                .put("/api/v1/coalitions/" + slug + "/translations/en")
                .then()
                .statusCode(200)
                .body("translations.size()", equalTo(0));
        given().queryParam("q", word)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.slug", not(hasItem(slug)));
        given().delete("/api/v1/coalitions/" + slug + "/translations/en").then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "translator", roles = "admin")
    void aTranslationIntoTheOriginalLanguageOrOfAnUnknownField_isRefused() {
        String slug = coalition();
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("title", "Autre titre")))
                .put("/api/v1/coalitions/" + slug + "/translations/fr")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("stage", "ACTING")))
                .put("/api/v1/coalitions/" + slug + "/translations/en")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("texts.stage"));
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("title", "Titel")))
                .put("/api/v1/coalitions/" + slug + "/translations/de")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "coord2", roles = "coordinator")
    void translatingNeedsThePermissionToEdit() {
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("title", "Hijacked")))
                .put("/api/v1/coalitions/" + COALITION_3 + "/translations/en")
                .then()
                .statusCode(403);
    }

    @Test
    void anonymousCannotTranslate() {
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", Map.of("name", "Hijacked")))
                .put("/api/v1/axes/environnement/translations/en")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "editor", roles = "editor")
    void editorsSeeWhatNeedsTranslation() {
        given().queryParam("into", "en")
                .get("/api/v1/translation-needs")
                .then()
                .statusCode(200)
                .body("find { it.kind == 'coalition' && it.slug == 'communs-numeriques' }.fields", hasItem("title"))
                .body("find { it.kind == 'note' && it.slug == 'notes-du-reset-day-4' }.original", equalTo("fr"))
                // Translated by the demo data: nothing left to do.
                .body("findAll { it.kind == 'coalition' }.slug", not(hasItem(COALITION_3)))
                .body("findAll { it.kind == 'axis' }.slug", not(hasItem("environnement")));
        given().queryParam("into", "de").get("/api/v1/translation-needs").then().statusCode(400);
        given().get("/api/v1/translation-needs")
                .then()
                .statusCode(200)
                .body("find { it.slug == 'communs-numeriques' }.kind", equalTo("coalition"));
    }

    @Test
    void theNeedsTranslationListIsForEditors() {
        given().queryParam("into", "en").get("/api/v1/translation-needs").then().statusCode(401);
    }
}
