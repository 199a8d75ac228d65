package org.fabrique.coalition.territorial;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.SlugReference;
import org.fabrique.common.text.Slugs;

/** What a client sends to declare or replace a coalition's declension in a territory. */
@Schema(name = "TerritorialCoalitionInput")
public record TerritorialCoalitionInput(
        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the territory; required on creation, ignored on update")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String territory,

        @NotNull Positioning positioning,
        @Schema(description = "False when omitted") Boolean priority,
        @Schema(description = "IDENTIFIED when omitted") TerritorialStatus status,
        @Size(max = 4000) String commitments,
        @Size(max = 50) List<@Valid @NotNull PartnerInput> partners,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {

    /** A partner: an actor (by slug) or just a label; the label defaults to the actor's name. */
    @Schema(name = "TerritorialPartnerInput")
    public record PartnerInput(
            @NotNull PartnerScope scope,
            @NotNull PartnerStatus status,

            @JsonDeserialize(using = SlugReference.Deserializer.class)
            @Schema(implementation = SlugReference.class)
            @Size(max = 120)
            @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
            String actor,

            @Size(max = 300) String label) {}
}
