package org.fabrique.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A subscription with its signing secret: answered once, at creation or on a rotation, never
 * again.
 */
@Schema(name = "WebhookWithSecret")
public record WebhookSecret(
        WebhookView webhook,

        @Schema(
                description = "The Standard Webhooks signing secret: whsec_ then the base64 of 32 random"
                        + " bytes (the key is the decoded base64 part). Shown only in this answer.",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {}
