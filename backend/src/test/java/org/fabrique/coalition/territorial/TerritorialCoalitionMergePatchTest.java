package org.fabrique.coalition.territorial;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.fabrique.support.MergePatchContract;

/** {@link MergePatchContract} on a coalition's territorial declensions. */
@QuarkusTest
class TerritorialCoalitionMergePatchTest extends MergePatchContract {
    @Override
    protected String create() {
        String coalition = newCoalition();
        return created(
                Map.of(
                        "territory", "metropole-europeenne-de-lille",
                        "positioning", "PILOT",
                        "priority", true,
                        "status", "PARTNERS_SOUGHT",
                        "commitments", "Des engagements",
                        "partners", List.of(Map.of("scope", "NATIONAL", "status", "IDENTIFIED", "actor", "latitudes"))),
                coalition + "/territories");
    }

    @Override
    protected String changedField() {
        return "status";
    }

    @Override
    protected Object changedValue() {
        return "COMMITMENTS_SET";
    }

    @Override
    protected String optionalField() {
        return "commitments";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/coalitions/formations-superieures-numeriques-ethiques/territories/metropole-europeenne-de-lille";
    }
}
