package org.fabrique.common.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

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
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null) {
            // OpenAPI 3.1 wants the licence's SPDX identifier (or a URL); the name alone is invalid.
            openAPI.getInfo().getLicense().setIdentifier("AGPL-3.0-or-later");
        }
    }
}
