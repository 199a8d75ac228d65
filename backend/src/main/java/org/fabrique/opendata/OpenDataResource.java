package org.fabrique.opendata;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;
import org.fabrique.common.http.EntityTags;

@Path("/api/v1/open-data")
@Tag(name = "Open data", description = "Bulk export of the public data (CSV in a ZIP), iCalendar and Atom feeds")
public class OpenDataResource {
    static final String ZIP = "application/zip";

    private final OpenDataService service;

    public OpenDataResource(OpenDataService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getOpenDataCatalogue",
            summary = "Describe the open data",
            description = "The downloads (the ZIP archive, the iCalendar and Atom feeds), every CSV file of the"
                    + " archive with its row count and columns, the licence (Licence Ouverte / Open Licence 2.0,"
                    + " attribution \"Fabrique\") and when the data were read. Current after every change.")
    @APIResponse(
            responseCode = "200",
            description = "The catalogue",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpenDataCatalogue.class)))
    public OpenDataCatalogue catalogue() {
        return service.catalogue();
    }

    @GET
    @Path("/fabrique.zip")
    @Produces(ZIP)
    @Operation(
            operationId = "downloadOpenData",
            summary = "Download every public record as CSV files in a ZIP",
            description = "A ZIP of UTF-8 CSV files (RFC 4180, one header row): coalitions, their problems,"
                    + " impacts, confirmed memberships and territorial declensions, axes, territories, actors,"
                    + " people, events, sessions, published notes, testimonies, shared resources and local"
                    + " initiatives; with README.md (what, when, how the files join), dictionary.csv (file,"
                    + " column, type, description) and LICENCE.md. Rebuilt after any change. The weak ETag is"
                    + " a digest of the data: If-None-Match answers 304 while nothing changed.")
    @APIResponse(
            responseCode = "200",
            description = "The archive",
            content =
                    @Content(
                            mediaType = ZIP,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 1_073_741_824),
                            examples = @ExampleObject(name = "archive", summary = "A ZIP archive", value = "PK…")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names another version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response archive(@Context Request request) {
        OpenDataService.Snapshot snapshot = service.snapshot();
        EntityTag tag = new EntityTag(snapshot.digest(), true);
        return EntityTags.conditional(
                request,
                tag,
                () -> Response.ok(snapshot.zip(), ZIP)
                        .tag(tag)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fabrique.zip\"")
                        .build());
    }
}
