package org.fabrique.common.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
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
        references(openAPI);
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null) {
            // OpenAPI 3.1 wants the licence's SPDX identifier (or a URL); the name alone is invalid.
            openAPI.getInfo().getLicense().setIdentifier("AGPL-3.0-or-later");
        }
    }

    /**
     * The references a request body may hold ({@code common/http/SlugReference}, {@code IdReference}):
     * the slug (or id) alone, or an object carrying it as a {@code GET} shows it, so that a
     * representation read can be sent back. Written here because the annotations cannot say "a
     * string or an object".
     */
    private static void references(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        if (openAPI.getComponents().getSchemas().containsKey("SlugReference")) {
            openAPI.getComponents()
                    .addSchema(
                            "SlugReference",
                            reference(
                                    "A reference by slug: the slug itself, or an object that carries it, such as the"
                                            + " one a GET shows (only `slug` is read; other properties are ignored)",
                                    "slug",
                                    OASFactory.createSchema()
                                            .addType(Schema.SchemaType.STRING)
                                            .maxLength(120)
                                            .examples(List.of("environnement"))));
        }
        if (openAPI.getComponents().getSchemas().containsKey("IdReference")) {
            openAPI.getComponents()
                    .addSchema(
                            "IdReference",
                            reference(
                                    "A reference by id: the id itself, or an object that carries it, such as the one"
                                            + " a GET shows (only `id` is read; other properties are ignored)",
                                    "id",
                                    OASFactory.createSchema()
                                            .addType(Schema.SchemaType.INTEGER)
                                            .format("int64")
                                            .minimum(java.math.BigDecimal.ONE)
                                            .maximum(java.math.BigDecimal.valueOf(Long.MAX_VALUE))
                                            .examples(List.of(12))));
        }
    }

    private static Schema reference(String description, String key, Schema value) {
        return OASFactory.createSchema()
                .description(description)
                .oneOf(List.of(
                        value,
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.OBJECT)
                                .required(List.of(key))
                                .properties(java.util.Map.of(key, value))));
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
                if (property.getRef() != null
                        && property.getType() != null
                        && Boolean.TRUE.equals(property.getReadOnly())) {
                    // @Schema(readOnly = true) on a referenced type adds the referenced type's
                    // "type" beside the $ref; the $ref says it.
                    property.setType(null);
                }
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
