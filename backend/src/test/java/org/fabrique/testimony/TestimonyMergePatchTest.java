package org.fabrique.testimony;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.fabrique.support.MergePatchContract;

/** {@link MergePatchContract} on testimonies. */
@QuarkusTest
class TestimonyMergePatchTest extends MergePatchContract {
    @Override
    protected String create() {
        return created(
                Map.of(
                        "person", "augustin-courtier",
                        "coalition", "formations-superieures-numeriques-ethiques",
                        "summary", "Un témoignage",
                        "link", "https://example.org/video"),
                "/api/v1/testimonies");
    }

    @Override
    protected String changedField() {
        return "summary";
    }

    @Override
    protected Object changedValue() {
        return "Un témoignage corrigé";
    }

    @Override
    protected String optionalField() {
        return "link";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/testimonies/1";
    }
}
