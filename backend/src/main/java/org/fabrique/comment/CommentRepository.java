package org.fabrique.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Comments; public reads see approved, not hidden comments only. */
@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {
    static final String VISIBLE = "status = org.fabrique.comment.CommentStatus.APPROVED and hidden = false";

    private static String target(CommentTarget target) {
        return target.kind() == CommentTarget.Kind.NOTE ? "noteId = ?1" : "coalitionId = ?1";
    }

    public List<Comment> visibleTopLevel(CommentTarget target, int offset, int size, boolean descending) {
        return find(
                        target(target) + " and parentId is null and " + VISIBLE + " order by createdAt "
                                + (descending ? "desc" : "asc") + ", id",
                        target.id())
                .range(offset, offset + size - 1)
                .list();
    }

    public long countVisibleTopLevel(CommentTarget target) {
        return count(target(target) + " and parentId is null and " + VISIBLE, target.id());
    }

    public List<Comment> visibleReplies(Collection<Long> parentIds) {
        return parentIds.isEmpty()
                ? List.of()
                : list("parentId in ?1 and " + VISIBLE + " order by createdAt, id", parentIds);
    }

    public Optional<Comment> visible(long id) {
        return find("id = ?1 and " + VISIBLE, id).firstResultOptional();
    }

    public boolean hasApproved(String emailHash, Long accountId) {
        if (accountId != null && count("accountId = ?1 and status = ?2", accountId, CommentStatus.APPROVED) > 0) {
            return true;
        }
        return emailHash != null && count("emailHash = ?1 and status = ?2", emailHash, CommentStatus.APPROVED) > 0;
    }

    /** An identical text sent recently on the same page, or by the same e-mail address anywhere. */
    public Optional<Long> duplicate(CommentTarget target, String contentHash, String emailHash, OffsetDateTime since) {
        String where = target.kind() == CommentTarget.Kind.NOTE ? "noteId = ?1" : "coalitionId = ?1";
        var query = emailHash == null
                ? find(
                        "contentHash = ?2 and createdAt >= ?3 and " + where + " order by id",
                        target.id(),
                        contentHash,
                        since)
                : find(
                        "contentHash = ?2 and createdAt >= ?3 and (" + where + " or emailHash = ?4) order by id",
                        target.id(),
                        contentHash,
                        since,
                        emailHash);
        return query.firstResultOptional().map(Comment::getId);
    }

    public List<Comment> queue(CommentQueue queue, int offset, int size, boolean descending) {
        String order = descending ? " desc" : "";
        return find(queueQuery(queue) + " order by c.createdAt" + order + ", c.id" + order, queueParam(queue))
                .range(offset, offset + size - 1)
                .list();
    }

    public long countQueue(CommentQueue queue) {
        return count(queueQuery(queue), queueParam(queue));
    }

    private static String queueQuery(CommentQueue queue) {
        return switch (queue) {
            case PENDING, SPAM -> "from Comment c where c.status = ?1";
            case REPORTED ->
                "from Comment c where c.status <> ?1 and (c.hidden = true or exists (select 1 from"
                        + " ContentReport r where r.commentId = c.id and r.resolved = false))";
        };
    }

    private static Object queueParam(CommentQueue queue) {
        return switch (queue) {
            case PENDING -> CommentStatus.PENDING;
            case SPAM -> CommentStatus.SPAM;
            case REPORTED -> CommentStatus.TRASH;
        };
    }

    public List<Comment> byEmailHash(String emailHash) {
        return list("emailHash = ?1", emailHash);
    }

    /** A member's comments, newest first. */
    public List<Comment> ofAccount(long accountId, int offset, int size) {
        return find("accountId = ?1 order by createdAt desc, id desc", accountId)
                .range(offset, offset + size - 1)
                .list();
    }

    public long countOfAccount(long accountId) {
        return count("accountId = ?1", accountId);
    }

    public List<Comment> byAccount(long accountId) {
        return list("accountId = ?1", accountId);
    }

    public List<Comment> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
