package org.fabrique.participation.comment;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.SubmissionReceipt;

/**
 * What the comments of every kind of page share (one subclass per kind: its path and operations). The list shows approved comments only, top-level comments paged (oldest first
 * by default) with their approved replies embedded (one level); no e-mail or client address ever
 * appears. Anyone may post: anonymous readers give a name and an e-mail address, a signed-in
 * member comments under their account. Before publication each comment goes through the
 * anti-spam rules (honeypot field {@code url}, minimum time since {@code formStartedAt}, rate
 * limits per client and e-mail address answered 429 with Retry-After, links, blocklist,
 * duplicates, first comments of a new e-mail held) and the answer (201) says whether it is
 * published ({@code APPROVED}) or awaits a moderator ({@code PENDING}).
 */
public abstract class CommentTargetResource {
    private final CommentService service;
    private final CommentTarget.Kind kind;

    protected CommentTargetResource(CommentService service, CommentTarget.Kind kind) {
        this.service = service;
        this.kind = kind;
    }

    /** The page's published comments. */
    protected Page<CommentView> published(String slug, String page, String size, String sort) {
        return service.list(kind, slug, PageRequest.of(page, size, sort, CommentService.SORTS, "createdAt"));
    }

    /** 201 with the receipt and the comment's address. */
    protected Response submit(String slug, CommentInput input, HttpServerRequest http) {
        SubmissionReceipt receipt = service.post(kind, slug, input, ClientInfo.of(http));
        return Response.created(UriBuilder.fromPath("/api/v1/comments/{id}").build(receipt.id()))
                .entity(receipt)
                .build();
    }
}
