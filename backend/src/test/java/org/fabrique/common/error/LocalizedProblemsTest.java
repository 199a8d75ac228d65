package org.fabrique.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problem titles, details and field messages follow Accept-Language; the type URIs do not. */
@QuarkusTest
class LocalizedProblemsTest {

    @Test
    void aFrenchClientGetsA404InFrench() {
        given().header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
                .get("/api/v1/coalitions/nulle-part")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://fabrique.example/problems/not-found"))
                .body("title", equalTo("Introuvable"))
                .body("detail", equalTo("Introuvable : coalition « nulle-part »"));
    }

    @Test
    void anEnglishOrUnknownLanguageKeepsEnglish() {
        for (String language : new String[] {"en", "de", "not a language;;", ""}) {
            given().header("Accept-Language", language)
                    .get("/api/v1/coalitions/nulle-part")
                    .then()
                    .statusCode(404)
                    .body("title", equalTo("Not found"))
                    .body("detail", equalTo("No coalition with key 'nulle-part'"));
        }
    }

    @Test
    void frameworkProblemsFollowTheLanguageToo() {
        given().header("Accept-Language", "fr")
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .body("title", equalTo("Introuvable"))
                .body("detail", equalTo("Aucune ressource à cette adresse"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void aFrenchClientGetsValidationMessagesInFrench() {
        given().header("Accept-Language", "fr")
                .contentType(ContentType.JSON)
                .body(Map.of("slug", "Pas Un Slug", "name", "", "colour", "rouge", "position", 1))
                .post("/api/v1/axes")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://fabrique.example/problems/validation"))
                .body("title", equalTo("Données invalides"))
                .body("detail", equalTo("La requête contient des champs invalides"))
                .body("errors.find { it.field == 'name' }.message", equalTo("ne doit pas être vide"))
                .body("errors.message", hasItem("doit être fait de mots en minuscules séparés par des tirets"))
                .body("errors.message", hasItem("doit être une couleur comme #2e7d32"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void anEnglishClientKeepsEnglishValidationMessages() {
        given().header("Accept-Language", "en-GB")
                .contentType(ContentType.JSON)
                .body(Map.of("slug", "Pas Un Slug", "name", "", "colour", "rouge", "position", 1))
                .post("/api/v1/axes")
                .then()
                .statusCode(400)
                .body("title", equalTo("Invalid input"))
                .body("errors.find { it.field == 'name' }.message", equalTo("must not be blank"))
                .body("errors.message", hasItem("must be lower-case words separated by dashes"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void aFrenchClientGetsA409InFrench() {
        given().header("Accept-Language", "fr")
                .contentType(ContentType.JSON)
                .body(Map.of("slug", "environnement", "name", "Encore", "colour", "#123456", "position", 50))
                .post("/api/v1/axes")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://fabrique.example/problems/conflict"))
                .body("title", equalTo("Conflit"))
                .body("detail", equalTo("Le slug « environnement » est déjà pris (axe)"));
    }

    @Test
    void aFrenchClientGetsAQueryParameterErrorInFrench() {
        given().header("Accept-Language", "fr")
                .get("/api/v1/coalitions?size=100000")
                .then()
                .statusCode(400)
                .body("detail", equalTo("Paramètre de requête invalide « size »"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("doit être compris entre"));
    }
}
