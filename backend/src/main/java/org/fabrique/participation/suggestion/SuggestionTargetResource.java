package org.fabrique.participation.suggestion;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.SubmissionReceipt;

/**
 * What the suggestions of every kind of target share (one subclass per kind: its path and
 * operations): missing subjects and potential allies. Anyone may suggest (name and e-mail
 * required unless signed in; the same anti-spam rules as comments, 429 with Retry-After over the
 * rate limits); a suggestion is public once a moderator accepts it. The list shows accepted
 * suggestions only, never an author, e-mail or address.
 */
public abstract class SuggestionTargetResource {
    private final SuggestionService service;
    private final SuggestionTarget.Kind kind;

    protected SuggestionTargetResource(SuggestionService service, SuggestionTarget.Kind kind) {
        this.service = service;
        this.kind = kind;
    }

    /** The target's accepted suggestions. */
    protected Page<SuggestionView> accepted(String slug, String page, String size, String sort) {
        return service.list(kind, slug, PageRequest.of(page, size, sort, SuggestionService.SORTS, "createdAt"));
    }

    /** 201 with the receipt and the suggestion's address. */
    protected Response submit(String slug, SuggestionInput input, HttpServerRequest http) {
        SubmissionReceipt receipt = service.post(kind, slug, input, ClientInfo.of(http));
        return Response.created(UriBuilder.fromPath("/api/v1/suggestions/{id}").build(receipt.id()))
                .entity(receipt)
                .build();
    }
}
