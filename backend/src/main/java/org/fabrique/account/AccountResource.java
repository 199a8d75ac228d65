package org.fabrique.account;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.Problem;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.MergePatch;
import org.fabrique.common.http.MergePatchDocument;
import org.fabrique.common.http.MergePatcher;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.paging.QueryParams;
import org.fabrique.common.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "The caller's account; admins link accounts to actors and territories")
public class AccountResource {
    private final AccountService service;
    private final EntityTags tags;
    private final MergePatcher patcher;

    public AccountResource(AccountService service, EntityTags tags, MergePatcher patcher) {
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(
            operationId = "getMe",
            summary = "The caller's account: subject, name, roles and linked actors",
            description = "The account is created the first time a subject calls the API.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountView.class)))
    public AccountView me() {
        return service.me();
    }

    @GET
    @Path("/me/profile")
    @Authenticated
    @Operation(
            operationId = "getMyProfile",
            summary = "The caller's profile: display name, language, e-mail preference",
            description = "The e-mail address is the verified one of the identity provider, read-only here.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public ProfileView profile() {
        return service.profile();
    }

    @PUT
    @Path("/me/profile")
    @Authenticated
    @Operation(
            operationId = "updateMyProfile",
            summary = "Change the caller's display name, language or e-mail preference",
            description = "notificationMode: IMMEDIATE (a mail per notification), DAILY (a digest) or NONE.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProfileView updateProfile(@Valid @NotNull ProfileInput input) {
        return service.updateProfile(input);
    }

    @GET
    @Path("/accounts")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAccounts", summary = "List accounts (admin)")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    public Page<AccountView> list(
            @Parameter(description = "Words of the name or username (accents and case ignored)") @QueryParam("q")
                    String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return service.list(QueryParams.text("q", q, 200), PageRequest.of(page, size));
    }

    @GET
    @Path("/accounts/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getAccount", summary = "One account (admin)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountView.class)))
    public Response get(@PathParam("id") String id, @Context Request request) {
        return tags.conditionalGet(request, service.get(parseId(id)));
    }

    @PUT
    @Path("/accounts/{id}/links")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "linkAccount",
            summary = "Set the actors an account acts for and the territories it manages (admin)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountView.class)))
    public Response link(
            @PathParam("id") String id,
            @Parameter(description = "ETag of the version you edited") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AccountLinks input) {
        return tags.ok(service.link(parseId(id), input, ifMatch));
    }

    @PATCH
    @Path("/accounts/{id}/links")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchAccountLinks",
            summary = "Change some fields of an account's links (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (AccountLinks).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MergePatchDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "change",
                                            value = "{\"territories\": [\"metropole-europeenne-de-lille\"]}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountView.class)))
    public Response patch(
            @PathParam("id") String id,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch,
                AccountLinks.class,
                () -> service.get(parseId(id)),
                input -> service.link(parseId(id), input, ifMatch)));
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("account", id);
        }
    }
}
