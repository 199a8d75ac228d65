package org.fabrique.toolbox;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.fabrique.support.MergePatchContract;
import org.fabrique.support.TestData;

/** {@link MergePatchContract} on shared resources. */
@QuarkusTest
class SharedResourceMergePatchTest extends MergePatchContract {
    @Override
    protected String create() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("slug", TestData.unique("patch-guide"));
        body.put("title", "Guide à corriger");
        body.put("kind", "GUIDE");
        body.put("description", "Une description");
        body.put("url", "https://example.org/guide");
        body.put("licence", "CC BY-SA 4.0");
        body.put("availability", "AVAILABLE");
        body.put("publisher", "latitudes");
        body.put("territory", "hauts-de-france");
        body.put("coalitions", List.of("formations-superieures-numeriques-ethiques"));
        return created(body, "/api/v1/resources");
    }

    @Override
    protected String changedField() {
        return "availability";
    }

    @Override
    protected Object changedValue() {
        return "IN_PROGRESS";
    }

    @Override
    protected String optionalField() {
        return "licence";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/resources/reset-pour-les-territoires";
    }
}
