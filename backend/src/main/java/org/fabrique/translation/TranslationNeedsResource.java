package org.fabrique.translation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.i18n.ContentLanguage;
import org.fabrique.common.i18n.MissingTranslations;
import org.fabrique.common.security.Roles;

/** The "needs translation" list of editors: what is not yet written in a language. */
@Path("/api/v1/translation-needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
public class TranslationNeedsResource {
    private final MissingTranslations missing;

    public TranslationNeedsResource(MissingTranslations missing) {
        this.missing = missing;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(
            operationId = "listTranslationNeeds",
            summary = "Coalitions, axes, events and notes with texts not yet translated into a language",
            description = "For editors: each record written in another language, with the texts that have no"
                    + " translation into this one (empty texts are not listed).")
    public List<TranslationNeed> list(
            @Parameter(
                            description = "The language of the translations wanted (default en)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"fr", "en"}))
                    @QueryParam("into")
                    String into) {
        String lang = into == null ? "en" : ContentLanguage.require("into", into);
        return missing.into(lang).stream()
                .map(m -> new TranslationNeed(m.kind(), m.slug(), m.title(), m.original(), m.fields()))
                .toList();
    }
}
