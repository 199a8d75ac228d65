package org.fabrique.opendata;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;
import org.fabrique.common.http.EntityTags;

@Path("/api/v1/feeds")
@Tag(name = "Open data", description = "Bulk export of the public data (CSV in a ZIP), iCalendar and Atom feeds")
public class FeedResource {
    static final String CALENDAR = "text/calendar";
    static final String ATOM = "application/atom+xml";

    private final FeedService service;

    public FeedResource(FeedService service) {
        this.service = service;
    }

    @GET
    @Path("/events.ics")
    @Produces(CALENDAR)
    @Operation(
            operationId = "getEventsCalendar",
            summary = "Subscribe to the events (iCalendar)",
            description = "Every event as a VEVENT (UID, DTSTAMP, DTSTART and DTEND in the event's time zone with"
                    + " its VTIMEZONE, SUMMARY, DESCRIPTION, LOCATION, URL of its page), and each session that has"
                    + " its own times as a VEVENT RELATED-TO its event. Narrowed to a coalition, or to a territory"
                    + " and the territories below it; an unknown slug is a 404.")
    @APIResponse(
            responseCode = "200",
            description = "An iCalendar (RFC 5545)",
            content =
                    @Content(
                            mediaType = CALENDAR,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100_000_000),
                            examples =
                                    @ExampleObject(
                                            name = "calendar",
                                            summary = "A calendar with one event",
                                            value =
                                                    "BEGIN:VCALENDAR\r\nPRODID:-//Fabrique//Open data//FR\r\nVERSION:2.0\r\n"
                                                            + "BEGIN:VEVENT\r\nDTSTAMP:20200422T080000Z\r\n"
                                                            + "DTSTART;TZID=Europe/Paris:20200421T093000\r\n"
                                                            + "DTEND;TZID=Europe/Paris:20200421T170000\r\nSUMMARY:Reset Day #4\r\n"
                                                            + "UID:event-reset-day-4@fabrique\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names another version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No coalition or territory with that slug",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response events(
            @Parameter(description = "Slug of a coalition the events concern") @QueryParam("coalition")
                    String coalition,
            @Parameter(description = "Slug of a territory (the territories below it included)") @QueryParam("territory")
                    String territory,
            @Context Request request) {
        return conditional(request, service.eventCalendar(blank(coalition), blank(territory)), CALENDAR);
    }

    @GET
    @Path("/notes.atom")
    @Produces(ATOM)
    @Operation(
            operationId = "getNotesFeed",
            summary = "Follow the published notes (Atom)",
            description = "The 50 latest published notes, newest first, each linking to its page with its excerpt"
                    + " and authors; narrowed to a coalition, an axis or a territory (an unknown slug is a 404)."
                    + " Drafts never appear.")
    @APIResponse(
            responseCode = "200",
            description = "An Atom 1.0 feed",
            content =
                    @Content(
                            mediaType = ATOM,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100_000_000),
                            examples =
                                    @ExampleObject(
                                            name = "notes",
                                            summary = "A feed of notes",
                                            value =
                                                    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Fabrique — notes</title>"
                                                            + "<entry><title>Retour sur le Reset Day #4</title></entry></feed>")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names another version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No coalition, axis or territory with that slug",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response notes(
            @Parameter(description = "Slug of a coalition the notes concern") @QueryParam("coalition") String coalition,
            @Parameter(description = "Slug of an axis the notes concern") @QueryParam("axis") String axis,
            @Parameter(description = "Slug of a territory the notes concern") @QueryParam("territory") String territory,
            @Context Request request) {
        return conditional(request, service.notesFeed(blank(coalition), blank(axis), blank(territory)), ATOM);
    }

    @GET
    @Path("/coalitions.atom")
    @Produces(ATOM)
    @Operation(
            operationId = "getCoalitionsFeed",
            summary = "Follow the coalitions (Atom)",
            description =
                    "The 50 coalitions changed last, the latest first, each linking to its page with its" + " summary.")
    @APIResponse(
            responseCode = "200",
            description = "An Atom 1.0 feed",
            content =
                    @Content(
                            mediaType = ATOM,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100_000_000),
                            examples =
                                    @ExampleObject(
                                            name = "coalitions",
                                            summary = "A feed of coalitions",
                                            value =
                                                    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Fabrique — coalitions"
                                                            + "</title><entry><title>#3 Pour des formations supérieures numériques"
                                                            + " éthiques</title></entry></feed>")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names another version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response coalitions(@Context Request request) {
        return conditional(request, service.coalitionsFeed(), ATOM);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** 200 with the text and a strong ETag (its digest), or 304 when If-None-Match matches. */
    private static Response conditional(Request request, String body, String mediaType) {
        EntityTag tag = new EntityTag(digest(body));
        return EntityTags.conditional(
                request,
                tag,
                () -> Response.ok(body, mediaType + ";charset=UTF-8").tag(tag).build());
    }

    private static String digest(String body) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "0." + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
