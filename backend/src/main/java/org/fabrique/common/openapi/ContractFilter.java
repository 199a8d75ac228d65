package org.fabrique.common.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI filter of the service ({@code mp.openapi.filter}): completes what the annotations
 * generate with what shared mechanisms do for every operation, so that the contract tells partners
 * the whole truth and passes Spectral's {@code spectral:oas} and OWASP rules (see the README,
 * "Contract"). Order matters: the access rules read the security requirements before they are
 * rewritten.
 */
public class ContractFilter implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        new HttpHeadersDocumentation().document(openAPI);
        new OperationDocumentation().document(openAPI);
        nullableReferences(openAPI);
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null) {
            // OpenAPI 3.1 wants the licence's SPDX identifier (or a URL); the name alone is invalid.
            openAPI.getInfo().getLicense().setIdentifier("AGPL-3.0-or-later");
        }
    }

    /**
     * A nullable property whose type is a reference ({@code @Schema(nullable = true)} on an enum)
     * comes out as {@code type: [string, "null"]} beside {@code anyOf: [$ref, {type: "null"}]}: the
     * type list widens the enum to any string for generators. The anyOf says it all; drop the list.
     */
    private static void nullableReferences(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Schema property : schema.getProperties().values()) {
                if (property.getAnyOf() != null
                        && property.getAnyOf().stream().anyMatch(s -> s.getRef() != null)
                        && property.getType() != null
                        && property.getType().contains(Schema.SchemaType.NULL)) {
                    property.setType(null);
                }
            }
        }
    }
}
