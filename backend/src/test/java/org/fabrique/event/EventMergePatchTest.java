package org.fabrique.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.fabrique.support.MergePatchContract;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

/** {@link MergePatchContract} on events. */
@QuarkusTest
class EventMergePatchTest extends MergePatchContract {
    @Override
    protected String create() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("slug", TestData.unique("patch-event"));
        body.put("title", "Atelier à corriger");
        body.put("kind", "WORKSHOP");
        body.put("startsAt", "2026-03-10T09:30:00+01:00");
        body.put("endsAt", "2026-03-10T12:00:00+01:00");
        body.put("timeZone", "Europe/Paris");
        body.put("format", "IN_PERSON");
        body.put("location", "Lille");
        body.put("participantsCount", 30);
        body.put("organisers", List.of("latitudes"));
        body.put("coalitions", List.of("formations-superieures-numeriques-ethiques"));
        body.put("territories", List.of("metropole-europeenne-de-lille"));
        body.put(
                "sessions",
                List.of(Map.of(
                        "title", "Ouverture",
                        "kind", "PLENARY",
                        "coalition", "formations-superieures-numeriques-ethiques",
                        "speakers", List.of("augustin-courtier"))));
        return created(body, "/api/v1/events");
    }

    @Override
    protected String changedField() {
        return "participantsCount";
    }

    @Override
    protected Object changedValue() {
        return 45;
    }

    @Override
    protected String optionalField() {
        return "location";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/events/reset-day-4";
    }

    @Test
    @TestSecurity(user = "patch-admin", roles = "admin")
    void anAgendaPatchedReplacesTheAgenda() {
        String path = create();
        given().contentType(PATCH_JSON)
                .body(Map.of("agenda", List.of(Map.of("title", "Seule session", "kind", "PLENARY"))))
                .patch(path)
                .then()
                .statusCode(200)
                .body("agenda.title", equalTo(List.of("Seule session")))
                .body("organisers.slug", equalTo(List.of("latitudes")));
    }
}
