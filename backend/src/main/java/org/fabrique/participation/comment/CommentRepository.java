package org.fabrique.participation.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.ContributionRepository;
import org.fabrique.participation.ModerationQueue;

/** Comments; public reads see approved, not hidden comments only. */
@ApplicationScoped
public class CommentRepository extends ContributionRepository<Comment, CommentStatus>
        implements PanacheRepository<Comment> {
    public CommentRepository() {
        super(Comment.class, ContributionKind.COMMENT, CommentStatus.APPROVED);
    }

    @Override
    protected Scope scope(Comment comment) {
        return comment.getNoteId() != null
                ? new Scope("noteId", comment.getNoteId())
                : new Scope("coalitionId", comment.getCoalitionId());
    }

    @Override
    protected CommentStatus queueStatus(ModerationQueue queue) {
        return switch (queue) {
            case PENDING -> CommentStatus.PENDING;
            case SPAM -> CommentStatus.SPAM;
            case REPORTED -> CommentStatus.TRASH;
        };
    }

    private static ListQuery visibleTopLevel(CommentTarget target) {
        return ListQuery.over(Comment.class, "c")
                .and(
                        target.kind() == CommentTarget.Kind.NOTE ? "c.noteId = :target" : "c.coalitionId = :target",
                        "target",
                        target.id())
                .and("c.status = :status", "status", CommentStatus.APPROVED)
                .andIf(true, "c.parentId is null and c.hidden = false");
    }

    /** A page of a page's published top-level comments. */
    public List<Comment> visibleTopLevel(CommentTarget target, PageRequest page) {
        return visibleTopLevel(target)
                .rows(
                        getEntityManager(),
                        "c",
                        Comment.class,
                        "c.createdAt " + (page.descending() ? "desc" : "asc") + ", c.id",
                        page);
    }

    public long countVisibleTopLevel(CommentTarget target) {
        return visibleTopLevel(target).count(getEntityManager());
    }

    public List<Comment> visibleReplies(Collection<Long> parentIds) {
        return parentIds.isEmpty()
                ? List.of()
                : list(
                        "parentId in ?1 and status = ?2 and hidden = false order by createdAt, id",
                        parentIds,
                        CommentStatus.APPROVED);
    }

    /** A member's comments, newest first. */
    public List<Comment> ofAccount(long accountId, PageRequest page) {
        return find("accountId = ?1 order by createdAt desc, id desc", accountId)
                .range(page.offset(), page.offset() + page.size() - 1)
                .list();
    }

    public long countOfAccount(long accountId) {
        return count("accountId = ?1", accountId);
    }
}
