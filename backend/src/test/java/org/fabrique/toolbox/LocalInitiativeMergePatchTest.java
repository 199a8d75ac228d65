package org.fabrique.toolbox;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.fabrique.support.MergePatchContract;
import org.fabrique.support.TestData;

/** {@link MergePatchContract} on local initiatives. */
@QuarkusTest
class LocalInitiativeMergePatchTest extends MergePatchContract {
    @Override
    protected String create() {
        return created(
                Map.of(
                        "slug", TestData.unique("patch-initiative"),
                        "title", "Initiative à corriger",
                        "description", "Une description",
                        "url", "https://example.org/initiative",
                        "territory", "metropole-europeenne-de-lille",
                        "coalition", "formations-superieures-numeriques-ethiques",
                        "actor", "latitudes"),
                "/api/v1/initiatives");
    }

    @Override
    protected String changedField() {
        return "title";
    }

    @Override
    protected Object changedValue() {
        return "Initiative corrigée";
    }

    @Override
    protected String optionalField() {
        return "coalition";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/initiatives/mel-partage-actions";
    }
}
