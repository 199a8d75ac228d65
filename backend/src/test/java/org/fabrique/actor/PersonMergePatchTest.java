package org.fabrique.actor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.fabrique.support.MergePatchContract;
import org.fabrique.support.TestData;

/** {@link MergePatchContract} on people. */
@QuarkusTest
class PersonMergePatchTest extends MergePatchContract {
    @Override
    protected String create() {
        return created(
                Map.of(
                        "slug", TestData.unique("patch-person"),
                        "fullName", "Camille Martin",
                        "roleTitle", "Chargée de mission",
                        "bio", "Une biographie",
                        "actor", "latitudes"),
                "/api/v1/people");
    }

    @Override
    protected String changedField() {
        return "roleTitle";
    }

    @Override
    protected Object changedValue() {
        return "Directrice";
    }

    @Override
    protected String optionalField() {
        return "actor";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/people/augustin-courtier";
    }
}
