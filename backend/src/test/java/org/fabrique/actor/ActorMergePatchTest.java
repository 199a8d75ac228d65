package org.fabrique.actor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.fabrique.support.MergePatchContract;
import org.fabrique.support.TestData;

/** {@link MergePatchContract} on actors. */
@QuarkusTest
class ActorMergePatchTest extends MergePatchContract {
    @Override
    protected String create() {
        return created(
                Map.of(
                        "slug", TestData.unique("patch-actor"),
                        "name", "Acteur à corriger",
                        "kind", "ASSOCIATION",
                        "description", "Une description",
                        "website", "https://example.org",
                        "territory", "hauts-de-france",
                        "expertise", List.of("communs", "formation")),
                "/api/v1/actors");
    }

    @Override
    protected String changedField() {
        return "name";
    }

    @Override
    protected Object changedValue() {
        return "Acteur corrigé";
    }

    @Override
    protected String optionalField() {
        return "territory";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/actors/latitudes";
    }
}
