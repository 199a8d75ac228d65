package org.fabrique.participation.comment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.note.NoteRef;
import org.fabrique.note.NoteService;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.report.ReportView;
import org.fabrique.participation.report.Reports;
import org.fabrique.participation.submission.SpamDecisionView;
import org.fabrique.participation.submission.SpamGuard;

/** Every view of a comment: public (with replies), the member's own, the moderators'. */
@ApplicationScoped
public class CommentMapper {
    private final NoteService notes;
    private final CoalitionDirectory coalitions;
    private final SpamGuard guard;
    private final Reports reports;

    public CommentMapper(NoteService notes, CoalitionDirectory coalitions, SpamGuard guard, Reports reports) {
        this.notes = notes;
        this.coalitions = coalitions;
        this.guard = guard;
        this.reports = reports;
    }

    /** Top-level comments with their replies (grouped by parent, in the replies' order). */
    public List<CommentView> threads(List<Comment> top, List<Comment> replies) {
        Map<Long, List<CommentView>> byParent = new HashMap<>();
        for (Comment r : replies) {
            byParent.computeIfAbsent(r.getParentId(), k -> new ArrayList<>()).add(view(r, List.of()));
        }
        return top.stream()
                .map(c -> view(c, byParent.getOrDefault(c.getId(), List.of())))
                .toList();
    }

    public CommentView view(Comment c, List<CommentView> replies) {
        return new CommentView(
                c.getId(),
                c.getParentId(),
                c.getAuthorName(),
                c.getWebsite(),
                c.getAccountId() != null,
                c.getBodyHtml(),
                c.isErased(),
                c.getCreatedAt(),
                replies);
    }

    /** A member's own comments, with where they were posted (two queries at most). */
    public List<MyComment> mine(List<Comment> rows) {
        Places places = places(rows);
        return rows.stream()
                .map(c -> new MyComment(
                        c.getId(),
                        places.note(c),
                        places.coalition(c),
                        c.getParentId(),
                        c.getBodyHtml(),
                        c.getStatus() == CommentStatus.APPROVED && !c.isHidden(),
                        c.getCreatedAt()))
                .toList();
    }

    /** Comments as moderators see them, with e-mails, spam decisions and reports (constant queries). */
    public List<ModeratedComment> moderated(List<Comment> rows) {
        List<Long> ids = rows.stream().map(Comment::getId).toList();
        Map<Long, List<SpamDecisionView>> decisions = guard.decisionsOf(ContributionKind.COMMENT, ids);
        Map<Long, List<ReportView>> open = reports.openOf(ContributionKind.COMMENT, ids);
        Places places = places(rows);
        return rows.stream()
                .map(c -> new ModeratedComment(
                        c.getId(),
                        c.getNoteId(),
                        places.note(c),
                        places.coalition(c),
                        c.getParentId(),
                        c.getAuthorName(),
                        c.getEmail(),
                        c.getWebsite(),
                        c.getAccountId() != null,
                        c.getBodyHtml(),
                        c.getStatus(),
                        c.isHidden(),
                        c.isErased(),
                        c.getModeratorNote(),
                        decisions.getOrDefault(c.getId(), List.of()),
                        open.getOrDefault(c.getId(), List.of()),
                        c.getCreatedAt()))
                .toList();
    }

    /** The notes and coalitions some comments were posted on. */
    private record Places(Map<Long, NoteRef> notes, Map<Long, CoalitionRef> coalitions) {
        NoteRef note(Comment c) {
            return c.getNoteId() == null ? null : notes.get(c.getNoteId());
        }

        CoalitionRef coalition(Comment c) {
            return c.getCoalitionId() == null ? null : coalitions.get(c.getCoalitionId());
        }
    }

    private Places places(List<Comment> rows) {
        Set<Long> noteIds = new HashSet<>();
        Set<Long> coalitionIds = new HashSet<>();
        for (Comment c : rows) {
            if (c.getNoteId() != null) {
                noteIds.add(c.getNoteId());
            }
            if (c.getCoalitionId() != null) {
                coalitionIds.add(c.getCoalitionId());
            }
        }
        return new Places(
                noteIds.isEmpty() ? Map.of() : notes.refs(noteIds),
                coalitionIds.isEmpty() ? Map.of() : coalitions.refs(coalitionIds));
    }
}
