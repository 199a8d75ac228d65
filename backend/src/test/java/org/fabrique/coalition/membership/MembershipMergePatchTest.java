package org.fabrique.coalition.membership;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.fabrique.support.MergePatchContract;

/** {@link MergePatchContract} on memberships. */
@QuarkusTest
class MembershipMergePatchTest extends MergePatchContract {
    @Override
    protected String create() {
        String coalition = newCoalition();
        return created(
                Map.of("actor", "latitudes", "role", "CONTRIBUTOR", "commitment", "Deux jours par mois"),
                coalition + "/members");
    }

    @Override
    protected String changedField() {
        return "role";
    }

    @Override
    protected Object changedValue() {
        return "ALLY";
    }

    @Override
    protected String optionalField() {
        return "commitment";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/coalitions/formations-superieures-numeriques-ethiques/members/latitudes";
    }
}
