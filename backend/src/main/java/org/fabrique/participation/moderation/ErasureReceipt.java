package org.fabrique.participation.moderation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The same answer whether or not the address sent anything (nothing is revealed). */
@Schema(name = "ErasureReceipt")
public record ErasureReceipt(
        @Schema(examples = "If comments were sent with this address, a link to erase them is on its way.")
        String message) {}
