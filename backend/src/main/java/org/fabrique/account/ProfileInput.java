package org.fabrique.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The changeable part of a profile. */
@Schema(name = "ProfileInput")
public record ProfileInput(
        @Schema(examples = "Camille Martin") @NotBlank @Size(max = 120)
        String displayName,

        @Schema(
                examples = "fr",
                enumeration = {"fr", "en"})
        @NotNull
        @Pattern(regexp = "^(fr|en)$")
        String language,

        @Schema(examples = "DAILY") @NotNull NotificationMode notificationMode) {}
