package org.fabrique.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.fabrique.support.Accounts;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {
    @Inject
    Accounts accounts;

    @Test
    void meRequiresAuthentication() {
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(
            user = "first-sight",
            roles = {"member", "editor"})
    void meCreatesTheAccountOnFirstSightAndGivesTheRoles() {
        long id = given().get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("subject", equalTo("first-sight"))
                .body("roles", hasItems("member", "editor"))
                .body("id", notNullValue())
                .extract()
                .jsonPath()
                .getLong("id");
        given().get("/api/v1/me").then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    @TestSecurity(user = "a-member", roles = "member")
    void accountsAreForAdminsOnly() {
        given().get("/api/v1/accounts").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "link-admin", roles = "admin")
    void adminLinksAnAccountToActorsAndTerritories() {
        long id = accounts.idOf("to-be-linked");
        String etag = given().get("/api/v1/accounts/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("actors", List.of("latitudes"), "territories", List.of("metropole-europeenne-de-lille")))
                .put("/api/v1/accounts/" + id + "/links")
                .then()
                .statusCode(200)
                .body("actors.slug", hasItem("latitudes"))
                .body("territories.slug", hasItem("metropole-europeenne-de-lille"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("actors", List.of(), "territories", List.of()))
                .put("/api/v1/accounts/" + id + "/links")
                .then()
                .statusCode(412);
        given().contentType(ContentType.JSON)
                .body(Map.of("actors", List.of("nobody"), "territories", List.of()))
                .put("/api/v1/accounts/" + id + "/links")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("actors"));
        given().get("/api/v1/accounts/not-a-number").then().statusCode(404);
        given().get("/api/v1/accounts").then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    @TestSecurity(user = "search-admin", roles = "admin")
    void adminFindsAccountsByWordsOfTheirUsernameWhateverTheCase() {
        String code = TestData.unique("Zoé");
        long id = accounts.idOf("Héloïse-" + code);
        accounts.idOf("someone-else-" + code);
        given().queryParam("q", "heloise " + code.toUpperCase(java.util.Locale.ROOT))
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", contains((int) id));
        given().queryParam("q", code)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        given().queryParam("q", "x".repeat(201)).get("/api/v1/accounts").then().statusCode(400);
    }
}
