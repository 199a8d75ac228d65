package org.fabrique.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchResourceTest {

    @Test
    void isAccentAndCaseInsensitive() {
        given().queryParam("q", "ETHIQUE")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("formations-superieures-numeriques-ethiques"));
        given().queryParam("q", "Muséum")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("museum-national-histoire-naturelle"));
    }

    @Test
    void everyWordMustMatch() {
        given().queryParam("q", "communs connaissance")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("communs-de-la-connaissance"))
                .body("items.slug", everyItem(org.hamcrest.Matchers.not(equalTo("communs-logiciels"))));
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
    void restrictsToTypes() {
        given().queryParam("q", "communs")
                .queryParam("type", "coalition")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.type", everyItem(equalTo("coalition")))
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
}
