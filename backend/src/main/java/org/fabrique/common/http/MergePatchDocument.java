package org.fabrique.common.http;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's schema of a merge patch body (RFC 7396); never instantiated. */
@Schema(
        name = "MergePatch",
        type = SchemaType.OBJECT,
        description = "A JSON Merge Patch (RFC 7396) of the resource's representation: the fields to change,"
                + " null to remove an optional one; objects merge, arrays replace. Read-only fields are ignored;"
                + " a reference may be a slug or the object a GET shows.")
public final class MergePatchDocument {
    private MergePatchDocument() {}
}
