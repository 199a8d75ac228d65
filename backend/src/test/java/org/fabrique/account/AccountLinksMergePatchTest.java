package org.fabrique.account;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.fabrique.support.MergePatchContract;
import org.fabrique.support.TestData;

/** {@link MergePatchContract} on an account's links. */
@QuarkusTest
class AccountLinksMergePatchTest extends MergePatchContract {
    @jakarta.inject.Inject
    org.fabrique.support.Accounts accounts;

    @Override
    protected String create() {
        String subject = TestData.unique("patch-account");
        accounts.actFor(subject, "latitudes");
        long id = accounts.manageTerritory(subject, "metropole-europeenne-de-lille");
        return "/api/v1/accounts/" + id;
    }

    @Override
    protected String writePath(String readPath) {
        return readPath + "/links";
    }

    @Override
    protected Set<String> derivedFields() {
        return Set.of("updatedAt");
    }

    @Override
    protected String changedField() {
        return "actors";
    }

    @Override
    protected Object changedValue() {
        return List.of("museum-national-histoire-naturelle");
    }

    @Override
    protected String changedPath() {
        return "actors.slug";
    }

    @Override
    protected boolean nullRemoves() {
        return false; // both lists are required: null is refused as in a PUT without them
    }

    @Override
    protected String optionalField() {
        return "territories";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/accounts/1";
    }
}
