package org.fabrique.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person says about themselves: name shown, language, how they hear of what they follow. */
@Schema(name = "Profile")
public record ProfileView(
        @Schema(examples = "camille", readOnly = true) String username,
        @Schema(examples = "Camille Martin") String displayName,

        @Schema(
                description = "Verified e-mail address of the account (from the identity provider), where mail goes",
                examples = "camille@example.org",
                readOnly = true)
        String email,

        @Schema(
                description = "Language of the mails",
                examples = "fr",
                enumeration = {"fr", "en"})
        String language,

        @Schema(description = "E-mails about what the person follows: one per notification, a daily digest, or none")
        NotificationMode notificationMode) {}
