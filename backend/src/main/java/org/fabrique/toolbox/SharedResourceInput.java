package org.fabrique.toolbox;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.http.SlugReference;
import org.fabrique.common.text.HttpUrls;
import org.fabrique.common.text.Slugs;

/** What a client sends to create or replace a shared resource. */
@Schema(name = "SharedResourceInput")
public record SharedResourceInput(
        @Schema(
                description = "Derived from the title when omitted on creation",
                examples = "guide-numerique-responsable")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String slug,

        @Schema(examples = "Guide du numérique responsable") @NotBlank @Size(max = 300)
        String title,

        @Schema(examples = "GUIDE") @NotNull ResourceKind kind,

        @Size(max = 4000) String description,

        @Schema(examples = "https://example.org/guide")
        @Size(max = 500)
        @Pattern(regexp = HttpUrls.PATTERN, message = "{fabrique.url.http}")
        String url,

        @Schema(
                examples = "CC BY-SA 4.0",
                description = "One of the licences of the list; omit it when unknown",
                enumeration = {
                    "Licence Ouverte 2.0",
                    "CC BY 4.0",
                    "CC BY-SA 4.0",
                    "CC BY-NC 4.0",
                    "CC BY-NC-SA 4.0",
                    "CC BY-ND 4.0",
                    "CC0 1.0",
                    "ODbL 1.0",
                    "AGPL-3.0",
                    "GPL-3.0",
                    "EUPL-1.2",
                    "MIT",
                    "Apache-2.0",
                    "All rights reserved"
                })
        @Size(max = 120)
        @Pattern(regexp = Licences.PATTERN, message = "{fabrique.licence.list}")
        String licence,

        @Schema(examples = "AVAILABLE") @NotNull Availability availability,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the publishing actor", examples = "latitudes")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String publisher,

        @JsonDeserialize(using = SlugReference.Deserializer.class)
        @Schema(ref = "SlugReference", description = "Slug of the territory", examples = "hauts-de-france")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String territory,

        @JsonDeserialize(contentUsing = SlugReference.Deserializer.class)
        @Schema(
                type = SchemaType.ARRAY,
                implementation = SlugReference.class,
                description = "Slugs of the coalitions the resource serves")
        @Size(max = 50)
        List<@NotBlank @Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug}") String>
                coalitions,

        @Schema(description = "Marks an illustration that is not a fact of the programme")
        Boolean sample) {}
