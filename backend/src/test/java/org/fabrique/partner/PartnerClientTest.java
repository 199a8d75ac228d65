package org.fabrique.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.net.URI;
import org.fabrique.common.security.Roles;
import org.fabrique.partner.client.ApiClient;
import org.fabrique.partner.client.ApiException;
import org.fabrique.partner.client.ApiResponse;
import org.fabrique.partner.client.api.CoalitionsApi;
import org.fabrique.partner.client.api.ToolboxApi;
import org.fabrique.partner.client.model.Availability;
import org.fabrique.partner.client.model.Coalition;
import org.fabrique.partner.client.model.CoalitionInput;
import org.fabrique.partner.client.model.PageCoalitionSummary;
import org.fabrique.partner.client.model.Problem;
import org.fabrique.partner.client.model.ResourceKind;
import org.fabrique.partner.client.model.SharedResource;
import org.fabrique.partner.client.model.SharedResourceInput;
import org.fabrique.partner.client.model.SlugReference;
import org.fabrique.partner.client.model.Stage;
import org.fabrique.support.Keycloak;
import org.fabrique.support.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls the running API as a partner platform would: through the Java client that
 * openapi-generator makes from openapi.yaml (generated into the test sources by the build), over
 * HTTP, with nothing hand-written between the contract and the wire. A contract that lies about
 * a type, a status or a header breaks these tests.
 */
@QuarkusTest
class PartnerClientTest {
    @TestHTTPResource("/")
    URI root;

    private ApiClient client;
    private CoalitionsApi coalitions;

    @BeforeEach
    void client() {
        client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        coalitions = new CoalitionsApi(client);
    }

    @Test
    void listsCoalitionsPageByPage() throws ApiException {
        PageCoalitionSummary first =
                coalitions.listCoalitions(null, null, null, 0, null, null, 2, "number", null, null, null, null);
        PageCoalitionSummary second =
                coalitions.listCoalitions(null, null, null, 1, null, null, 2, "number", null, null, null, null);

        assertEquals(0, first.getPage());
        assertEquals(2, first.getSize());
        assertEquals(2, first.getItems().size());
        assertTrue(first.getTotalItems() > 2, "the demo data has more than two coalitions");
        assertEquals((int) Math.ceil(first.getTotalItems() / 2.0), first.getTotalPages());
        assertEquals(1, second.getPage());
        assertTrue(
                first.getItems().get(1).getNumber() < second.getItems().get(0).getNumber(),
                "page 1 continues page 0 in number order");
    }

    @Test
    void readsACoalitionWithItsETagThenGets304WhileItIsUnchanged() throws ApiException {
        String slug = coalitions
                .listCoalitions(null, null, null, 0, null, null, 1, null, null, null, null, null)
                .getItems()
                .getFirst()
                .getSlug();

        ApiResponse<Coalition> read = coalitions.getCoalitionWithHttpInfo(slug, null, null);
        String etag = read.getHeaders().get("ETag").getFirst();

        assertEquals(200, read.getStatusCode());
        assertEquals(slug, read.getData().getSlug());
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong entity tag: " + etag);
        ApiException notModified =
                assertThrows(ApiException.class, () -> coalitions.getCoalitionWithHttpInfo(slug, null, etag));
        assertEquals(304, notModified.getCode());
    }

    @Test
    void unknownCoalitionIsA404Problem() throws Exception {
        ApiException e =
                assertThrows(ApiException.class, () -> coalitions.getCoalition("no-such-coalition", null, null));
        Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);

        assertEquals(404, e.getCode());
        assertEquals(
                "application/problem+json",
                e.getResponseHeaders().firstValue("Content-Type").orElseThrow());
        assertEquals(404, problem.getStatus());
        assertFalse(problem.getTitle().isBlank());
    }

    @Test
    void sizeOverTheMaximumIsA400ProblemNamingTheParameter() throws Exception {
        ApiException e = assertThrows(
                ApiException.class,
                () -> coalitions.listCoalitions(null, null, null, 0, null, null, 500, null, null, null, null, null));
        Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);

        assertEquals(400, e.getCode());
        assertEquals("size", problem.getErrors().getFirst().getField());
    }

    @Test
    @TestSecurity(user = "partner-coordinator", roles = Roles.COORDINATOR)
    void createdCoalitionAnswers201WithLocationAndETag() throws ApiException {
        String title = "Partner contract " + System.nanoTime();

        ApiResponse<Coalition> created = coalitions.createCoalitionWithHttpInfo(
                new CoalitionInput().title(title).stage(Stage.EMERGING));

        assertEquals(201, created.getStatusCode());
        assertEquals(title, created.getData().getTitle());
        assertTrue(created.getHeaders()
                .get("Location")
                .getFirst()
                .endsWith("/api/v1/coalitions/" + created.getData().getSlug()));
        assertFalse(created.getHeaders().get("ETag").getFirst().isBlank());
    }

    @Test
    @TestSecurity(user = "partner-demo", roles = Roles.PARTNER)
    void partnerMayReadButNotWrite() throws Exception {
        CoalitionInput input = new CoalitionInput().title("Partner writes").stage(Stage.EMERGING);

        ApiException e = assertThrows(ApiException.class, () -> coalitions.createCoalition(input));
        Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);

        assertEquals(403, e.getCode());
        assertEquals(403, problem.getStatus());
        assertNotEquals(
                0,
                coalitions
                        .listCoalitions(null, null, null, 0, null, null, 1, null, null, null, null, null)
                        .getItems()
                        .size());
    }

    @Test
    void partnerPublishesAndEditsItsActorsResource_andIsRefusedOnAnotherActors() throws Exception {
        Keycloak.requireRunning();
        String own = actor();
        String other = actor();
        Partners.link(Keycloak.PARTNER, own);
        String token = Keycloak.partnerToken(Keycloak.PARTNER);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        ToolboxApi toolbox = new ToolboxApi(client);
        SharedResourceInput input = new SharedResourceInput()
                .title("Partner experience report " + System.nanoTime())
                .kind(ResourceKind.EXPERIENCE_REPORT)
                .availability(Availability.AVAILABLE);

        ApiResponse<SharedResource> created = toolbox.createSharedResourceWithHttpInfo(input);
        String slug = created.getData().getSlug();
        SharedResource edited = toolbox.updateSharedResource(
                slug,
                input.title("Edited by the partner"),
                created.getHeaders().get("ETag").getFirst());

        assertEquals(201, created.getStatusCode());
        assertEquals(own, created.getData().getPublisher().getSlug());
        assertEquals("Edited by the partner", edited.getTitle());
        assertEquals(own, edited.getPublisher().getSlug());

        ApiException refused = assertThrows(
                ApiException.class,
                () -> toolbox.createSharedResource(input.title("Not mine").publisher(new SlugReference(other))));
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(403, refused.getCode());
        assertTrue(problem.getDetail().contains("its own actor only"), problem.getDetail());

        ApiException stranger = assertThrows(
                ApiException.class, () -> toolbox.updateSharedResource(otherActorsResource(other), input, null));
        assertEquals(403, stranger.getCode());
        toolbox.deleteSharedResource(slug);
    }

    /** A resource that the admin publishes for another actor. */
    private static String otherActorsResource(String actor) {
        return io.restassured.RestAssured.given()
                .auth()
                .oauth2(Keycloak.token("admin"))
                .contentType("application/json")
                .body(java.util.Map.of(
                        "title",
                        "Another actor's " + System.nanoTime(),
                        "kind",
                        "GUIDE",
                        "availability",
                        "AVAILABLE",
                        "publisher",
                        actor))
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    private static String actor() {
        return io.restassured.RestAssured.given()
                .auth()
                .oauth2(Keycloak.token("admin"))
                .contentType("application/json")
                .body(java.util.Map.of("name", "Client actor " + System.nanoTime(), "kind", "ASSOCIATION"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }
}
