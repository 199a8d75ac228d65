package org.fabrique.note;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.fabrique.support.MergePatchContract;
import org.fabrique.support.TestData;

/** {@link MergePatchContract} on notes. */
@QuarkusTest
class NoteMergePatchTest extends MergePatchContract {
    @Override
    protected String create() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("slug", TestData.unique("patch-note"));
        body.put("title", "Note à corriger");
        body.put("bodyMarkdown", "Un **compte rendu**.");
        body.put("excerpt", "Un résumé");
        body.put("coalitions", List.of("formations-superieures-numeriques-ethiques"));
        body.put("axes", List.of("environnement"));
        body.put("territories", List.of("metropole-europeenne-de-lille"));
        body.put("authors", List.of("augustin-courtier"));
        body.put("status", "DRAFT");
        return created(body, "/api/v1/notes");
    }

    @Override
    protected String changedField() {
        return "title";
    }

    @Override
    protected Object changedValue() {
        return "Note corrigée";
    }

    @Override
    protected String optionalField() {
        return "axes";
    }

    @Override
    protected String existingPath() {
        return "/api/v1/notes/notes-du-reset-day-4";
    }
}
