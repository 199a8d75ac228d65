package org.fabrique.participation.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fabrique.account.AccountRef;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.note.NoteService;
import org.fabrique.participation.Author;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.ContributionHtml;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.ModerationQueue;
import org.fabrique.participation.SubmissionReceipt;
import org.fabrique.participation.report.ReportInput;
import org.fabrique.participation.report.Reports;
import org.fabrique.participation.submission.SpamGuard;
import org.fabrique.participation.submission.SubmissionPipeline;
import org.fabrique.participation.submission.Verdict;

/**
 * Public comments on published notes and on coalitions: one level of replies, received through
 * the {@link SubmissionPipeline}, reported and moderated like every contribution; the contracts
 * the moderation side uses.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommentService {
    public static final Set<String> SORTS = Set.of("createdAt");

    private final CommentRepository repository;
    private final CommentMapper mapper;
    private final NoteService notes;
    private final CoalitionDirectory coalitions;
    private final AccountService accounts;
    private final SubmissionPipeline pipeline;
    private final Reports reports;

    private final jakarta.enterprise.event.Event<CommentPublished> published;

    public CommentService(
            CommentRepository repository,
            CommentMapper mapper,
            NoteService notes,
            CoalitionDirectory coalitions,
            AccountService accounts,
            SubmissionPipeline pipeline,
            Reports reports,
            jakarta.enterprise.event.Event<CommentPublished> published) {
        this.repository = repository;
        this.mapper = mapper;
        this.notes = notes;
        this.coalitions = coalitions;
        this.accounts = accounts;
        this.pipeline = pipeline;
        this.reports = reports;
        this.published = published;
    }

    // ---------------------------------------------------------------------------------- public

    /** The page's published top-level comments with their published replies (two queries). */
    public Page<CommentView> list(CommentTarget.Kind kind, String slug, PageRequest page) {
        CommentTarget target = target(kind, slug);
        long total = repository.countVisibleTopLevel(target);
        List<Comment> top = repository.visibleTopLevel(target, page);
        List<Comment> replies =
                repository.visibleReplies(top.stream().map(Comment::getId).toList());
        return Page.of(mapper.threads(top, replies), page, total);
    }

    /** One published comment (with its replies when it is a top-level comment). */
    public Versioned<CommentView> get(long id) {
        Comment c = repository.visibleOrThrow(id);
        List<Comment> replies = c.getParentId() != null ? List.of() : repository.visibleReplies(List.of(id));
        return new Versioned<>(mapper.threads(List.of(c), replies).get(0), c.getVersion());
    }

    /** Screens and stores a comment; answers its status (approved, pending or spam). */
    public SubmissionReceipt post(CommentTarget.Kind kind, String slug, CommentInput input, ClientInfo client) {
        return pipeline.submit(
                ContributionKind.COMMENT.label(),
                client,
                () -> accept(kind, slug, input),
                a -> store(a, input, client));
    }

    /** A comment that passed the checks, with what was resolved on the way. */
    private record Accepted(CommentTarget target, Author author, Long parentId, String html, String text)
            implements SubmissionPipeline.Accepted {}

    private Accepted accept(CommentTarget.Kind kind, String slug, CommentInput input) {
        CommentTarget target = target(kind, slug);
        if (kind == CommentTarget.Kind.NOTE && !notes.commentsOpen(slug).orElse(true)) {
            throw DomainException.conflict("Comments are closed on this note");
        }
        if (kind == CommentTarget.Kind.COALITION
                && !coalitions.commentsOpen(slug).orElse(true)) {
            throw DomainException.conflict("Comments are closed on this coalition");
        }
        Author author = pipeline.author(input.authorName(), input.email(), CommentService::memberName);
        Long parentId = null;
        if (input.parentId() != null) {
            Comment parent = repository
                    .byId(input.parentId())
                    .filter(p -> p.isOn(target) && p.getStatus() == CommentStatus.APPROVED && !p.isHidden())
                    .orElseThrow(
                            () -> DomainException.invalidField("parentId", "no published comment with this id here"));
            if (parent.getParentId() != null) {
                throw DomainException.invalidField("parentId", "replies are one level deep: answer the first comment");
            }
            parentId = parent.getId();
        }
        String html = ContributionHtml.clean(input.body());
        String text = ContributionHtml.text(html);
        if (text.isEmpty()) {
            throw DomainException.invalidField("body", "must contain text once unsupported HTML is removed");
        }
        return new Accepted(target, author, parentId, html, text);
    }

    private SubmissionReceipt store(Accepted accepted, CommentInput input, ClientInfo client) {
        String website = SubmissionPipeline.trim(input.website());
        Comment comment = new Comment(accepted.target(), accepted.parentId(), website, accepted.html());
        SpamGuard.Screening screening = pipeline.screen(
                comment,
                repository,
                accepted.author(),
                client,
                new SubmissionPipeline.Content(
                        ContributionKind.COMMENT.label(),
                        website,
                        input.body(),
                        accepted.text(),
                        accepted.text(),
                        input.url(),
                        input.formStartedAt()),
                false);
        comment.setStatus(status(screening.verdict()));
        pipeline.store(comment, repository, screening);
        if (comment.getStatus() == CommentStatus.APPROVED) {
            published.fire(new CommentPublished(comment.getId(), accepted.target(), comment.getAccountId()));
        }
        // A spammer is not told that it was caught: spam is answered as pending.
        boolean approved = comment.getStatus() == CommentStatus.APPROVED;
        return new SubmissionReceipt(
                comment.getId(),
                approved ? "APPROVED" : "PENDING",
                approved
                        ? "Thank you: your comment is published."
                        : "Thank you: your comment will appear once a moderator has approved it.");
    }

    /** A reader reports a published comment; enough distinct reporters hide it. */
    public void report(long id, ReportInput input, ClientInfo client) {
        reports.report(repository, id, input, client);
    }

    /** The signed-in caller's comments, newest first (empty for a caller without an account). */
    public Page<MyComment> mine(PageRequest page) {
        Caller caller = accounts.caller();
        if (caller.isAnonymous()) {
            return Page.of(List.of(), page, 0);
        }
        long total = repository.countOfAccount(caller.accountId());
        return Page.of(mapper.mine(repository.ofAccount(caller.accountId(), page)), page, total);
    }

    // ------------------------------------------------------------------ contracts for moderation

    /** A moderation queue, oldest first, with e-mails, spam decisions and reports (constant queries). */
    public Page<ModeratedComment> queue(ModerationQueue queue, PageRequest page) {
        long total = repository.countQueue(queue);
        return Page.of(mapper.moderated(repository.queue(queue, page)), page, total);
    }

    /**
     * Applies a moderator's decision to the given comments (all or none): status, reason, the
     * comment shown again if reported, its reports resolved. An unknown id is a 400 naming "ids".
     */
    @Transactional
    public List<Long> decide(Collection<Long> ids, CommentAction action, String reason) {
        List<Comment> found = repository.allOf(ids);
        List<Comment> newlyPublished = found.stream()
                .filter(c -> c.getStatus() != CommentStatus.APPROVED && action.status() == CommentStatus.APPROVED)
                .toList();
        found.forEach(c -> c.decide(action.status(), reason, SpamGuard.now()));
        List<Long> decided = List.copyOf(new LinkedHashSet<>(ids));
        reports.resolve(repository.kind(), decided);
        repository.flush();
        for (Comment c : newlyPublished) {
            published.fire(new CommentPublished(c.getId(), targetOf(c), c.getAccountId()));
        }
        return decided;
    }

    /** Erases the comments sent with this e-mail address (its keyed hash); returns how many. */
    @Transactional
    public int eraseByEmailHash(String emailHash) {
        List<Comment> found = repository.byEmailHash(emailHash);
        found.forEach(Comment::erase);
        return found.size();
    }

    /** Erases the comments of a signed-in member's account; returns how many. */
    @Transactional
    /** Anonymises an account's contributions (its deletion): the texts stay. */
    public int anonymiseByAccount(long accountId) {
        List<Comment> found = repository.byAccount(accountId);
        found.forEach(Comment::anonymise);
        return found.size();
    }

    public int eraseByAccount(long accountId) {
        List<Comment> found = repository.byAccount(accountId);
        found.forEach(Comment::erase);
        return found.size();
    }

    /** True when this e-mail address (keyed hash) or account has an approved comment. */
    public boolean hasApproved(String emailHash, Long accountId) {
        return repository.hasPublished(emailHash, accountId);
    }

    /** True when comments (not erased) were sent with this e-mail address. */
    public boolean hasCommentsOf(String emailHash) {
        return repository.hasAnyOf(emailHash);
    }

    // ----------------------------------------------------------------------------------- helpers

    private static CommentTarget targetOf(Comment c) {
        return c.getNoteId() != null
                ? new CommentTarget(CommentTarget.Kind.NOTE, c.getNoteId())
                : new CommentTarget(CommentTarget.Kind.COALITION, c.getCoalitionId());
    }

    private CommentTarget target(CommentTarget.Kind kind, String slug) {
        long id = switch (kind) {
            case NOTE -> notes.publishedIdOf(slug).orElseThrow(() -> DomainException.notFound("note", slug));
            case COALITION -> coalitions.idOf(slug).orElseThrow(() -> DomainException.notFound("coalition", slug));
        };
        return new CommentTarget(kind, id);
    }

    static CommentStatus status(Verdict verdict) {
        return switch (verdict) {
            case PASS -> CommentStatus.APPROVED;
            case HOLD -> CommentStatus.PENDING;
            case SPAM -> CommentStatus.SPAM;
        };
    }

    private static String memberName(AccountRef ref) {
        if (ref == null) {
            return "member";
        }
        for (String v : new String[] {ref.name(), ref.username()}) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return "member";
    }
}
