package org.fabrique.comment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.account.AccountRef;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.Problem;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.validation.InputValidator;
import org.fabrique.note.NoteRef;
import org.fabrique.note.NoteService;

/**
 * Public comments on published notes and on coalitions: sanitised bodies, one level of replies,
 * anti-spam screening before publication ({@link SpamGuard}), reports that hide a comment after
 * enough distinct reporters, moderation and erasure contracts for the moderation feature.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommentService {
    public static final Set<String> SORTS = Set.of("createdAt");
    public static final String ERASED_BODY = "<em>comment erased</em>";
    public static final String ERASED_NAME = "anonymous";

    private final CommentRepository repository;
    private final NoteService notes;
    private final CoalitionDirectory coalitions;
    private final AccountService accounts;
    private final InputValidator validator;
    private final SpamGuard guard;
    private final Reports reports;
    private final Fingerprints fingerprints;
    private final ParticipationConfig config;

    public CommentService(
            CommentRepository repository,
            NoteService notes,
            CoalitionDirectory coalitions,
            AccountService accounts,
            InputValidator validator,
            SpamGuard guard,
            Reports reports,
            Fingerprints fingerprints,
            ParticipationConfig config) {
        this.repository = repository;
        this.notes = notes;
        this.coalitions = coalitions;
        this.accounts = accounts;
        this.validator = validator;
        this.guard = guard;
        this.reports = reports;
        this.fingerprints = fingerprints;
        this.config = config;
    }

    // ---------------------------------------------------------------------------------- public

    /** The page's published top-level comments with their published replies (two queries). */
    public Page<CommentView> list(CommentTarget.Kind kind, String slug, PageRequest page) {
        CommentTarget target = target(kind, slug);
        long total = repository.countVisibleTopLevel(target);
        List<Comment> top = repository.visibleTopLevel(target, page.offset(), page.size(), page.descending());
        Map<Long, List<CommentView>> replies = new HashMap<>();
        for (Comment r :
                repository.visibleReplies(top.stream().map(Comment::getId).toList())) {
            replies.computeIfAbsent(r.getParentId(), k -> new ArrayList<>()).add(view(r, List.of()));
        }
        return Page.of(
                top.stream()
                        .map(c -> view(c, replies.getOrDefault(c.getId(), List.of())))
                        .toList(),
                page,
                total);
    }

    /** One published comment (with its replies when it is a top-level comment). */
    public CommentView get(long id) {
        Comment c = repository.visible(id).orElseThrow(() -> DomainException.notFound("comment", String.valueOf(id)));
        List<CommentView> replies = c.getParentId() != null
                ? List.of()
                : repository.visibleReplies(List.of(id)).stream()
                        .map(r -> view(r, List.of()))
                        .toList();
        return view(c, replies);
    }

    /** Screens and stores a comment; answers its status (approved, pending or spam). */
    // Rate limits are counted before the transaction that stores the submission: each counter runs
    // in a short transaction of its own, and a request must never hold two pooled connections at
    // once (50 concurrent commenters exhausted a pool of 20 that way: bench/README.md).
    // An invalid submission is refused before it is counted, so that fixing a form costs nothing.
    public SubmissionReceipt post(CommentTarget.Kind kind, String slug, CommentInput input, ClientInfo client) {
        Accepted accepted = QuarkusTransaction.joiningExisting().call(() -> accept(kind, slug, input));
        guard.limit("comment", client, accepted.emailHash());
        return QuarkusTransaction.joiningExisting().call(() -> store(accepted, input, client));
    }

    /** A comment that passed validation, with what was resolved on the way. */
    private record Accepted(
            CommentTarget target,
            Caller caller,
            String name,
            String email,
            String emailHash,
            Long parentId,
            String html,
            String text) {}

    private Accepted accept(CommentTarget.Kind kind, String slug, CommentInput input) {
        CommentTarget target = target(kind, slug);
        if (kind == CommentTarget.Kind.NOTE && !notes.commentsOpen(slug).orElse(true)) {
            throw DomainException.conflict("Comments are closed on this note");
        }
        if (kind == CommentTarget.Kind.COALITION
                && !coalitions.commentsOpen(slug).orElse(true)) {
            throw DomainException.conflict("Comments are closed on this coalition");
        }
        validator.valid(input);
        Caller caller = accounts.caller();
        String name = trim(input.authorName());
        String email = trim(input.email());
        if (caller.isAnonymous()) {
            List<Problem.FieldError> missing = new ArrayList<>();
            if (email == null) {
                missing.add(new Problem.FieldError("email", "required unless signed in"));
            }
            if (name == null) {
                missing.add(new Problem.FieldError("authorName", "required unless signed in"));
            }
            if (!missing.isEmpty()) {
                throw new DomainException(ProblemType.VALIDATION, "The request has invalid fields", missing);
            }
        } else if (name == null) {
            AccountRef ref = accounts.refs(List.of(caller.accountId())).get(caller.accountId());
            name = ref == null ? "member" : firstNonBlank(ref.name(), ref.username(), "member");
            name = name.length() > 100 ? name.substring(0, 100) : name;
        }
        Long parentId = null;
        if (input.parentId() != null) {
            Comment parent = repository
                    .findByIdOptional(input.parentId())
                    .filter(p -> sameTarget(p, target) && p.getStatus() == CommentStatus.APPROVED && !p.isHidden())
                    .orElseThrow(
                            () -> DomainException.invalidField("parentId", "no published comment with this id here"));
            if (parent.getParentId() != null) {
                throw DomainException.invalidField("parentId", "replies are one level deep: answer the first comment");
            }
            parentId = parent.getId();
        }
        String html = CommentHtml.clean(input.body());
        String text = CommentHtml.text(html);
        if (text.isEmpty()) {
            throw DomainException.invalidField("body", "must contain text once unsupported HTML is removed");
        }
        return new Accepted(target, caller, name, email, fingerprints.email(email), parentId, html, text);
    }

    private SubmissionReceipt store(Accepted accepted, CommentInput input, ClientInfo client) {
        CommentTarget target = accepted.target();
        Caller caller = accepted.caller();
        String name = accepted.name();
        String email = accepted.email();
        String emailHash = accepted.emailHash();
        String text = accepted.text();
        String ipHash = fingerprints.address(client.ip());
        String contentHash = fingerprints.content(text);
        OffsetDateTime since = SpamGuard.now().minus(config.duplicateWindow());
        Long duplicateOf =
                repository.duplicate(target, contentHash, emailHash, since).orElse(null);
        SpamGuard.Screening screening = guard.screen(new Submission(
                "comment",
                name,
                email,
                trim(input.website()),
                input.body(),
                text,
                input.url(),
                input.formStartedAt(),
                client.ip(),
                client.userAgent(),
                client.referrer(),
                null,
                !caller.isAnonymous(),
                repository.hasApproved(emailHash, caller.accountId()),
                duplicateOf));
        Comment comment = new Comment();
        if (target.kind() == CommentTarget.Kind.NOTE) {
            comment.setNoteId(target.id());
        } else {
            comment.setCoalitionId(target.id());
        }
        comment.setParentId(accepted.parentId());
        comment.setAccountId(caller.accountId());
        comment.setAuthorName(name);
        comment.setEmail(email);
        comment.setEmailHash(emailHash);
        comment.setWebsite(trim(input.website()));
        comment.setBodyHtml(accepted.html());
        comment.setContentHash(contentHash);
        comment.setIpHash(ipHash);
        comment.setStatus(status(screening.verdict()));
        repository.persist(comment);
        repository.flush();
        guard.record(screening, comment.getId(), null);
        // A spammer is not told that it was caught: spam is answered as pending.
        String shown = comment.getStatus() == CommentStatus.APPROVED ? "APPROVED" : "PENDING";
        return new SubmissionReceipt(comment.getId(), shown, message(comment.getStatus()));
    }

    /** A reader reports a published comment; enough distinct reporters hide it. */
    public void report(long id, ReportInput input, ClientInfo client) {
        QuarkusTransaction.joiningExisting().run(() -> {
            repository.visible(id).orElseThrow(() -> DomainException.notFound("comment", String.valueOf(id)));
            validator.valid(input);
        });
        guard.limit("report", client, null);
        QuarkusTransaction.joiningExisting().run(() -> storeReport(id, input, client));
    }

    private void storeReport(long id, ReportInput input, ClientInfo client) {
        Comment comment =
                repository.visible(id).orElseThrow(() -> DomainException.notFound("comment", String.valueOf(id)));
        Caller caller = accounts.caller();
        if (reports.report(id, null, reports.reporterKey(caller, client), input)) {
            comment.setHidden(true);
        }
    }

    /** The signed-in caller's comments, newest first (empty for a caller without an account). */
    public Page<MyComment> mine(PageRequest page) {
        Caller caller = accounts.caller();
        if (caller.isAnonymous()) {
            return Page.of(List.of(), page, 0);
        }
        long total = repository.countOfAccount(caller.accountId());
        List<Comment> rows = repository.ofAccount(caller.accountId(), page.offset(), page.size());
        Places places = places(rows);
        return Page.of(
                rows.stream()
                        .map(c -> new MyComment(
                                c.getId(),
                                places.note(c),
                                places.coalition(c),
                                c.getParentId(),
                                c.getBodyHtml(),
                                c.getStatus() == CommentStatus.APPROVED && !c.isHidden(),
                                c.getCreatedAt()))
                        .toList(),
                page,
                total);
    }

    // ------------------------------------------------------------------ contracts for moderation

    /** A moderation queue, oldest first, with e-mails, spam decisions and reports (constant queries). */
    public Page<ModeratedComment> queue(CommentQueue queue, PageRequest page) {
        long total = repository.countQueue(queue);
        List<Comment> rows = repository.queue(queue, page.offset(), page.size(), page.descending());
        List<Long> ids = rows.stream().map(Comment::getId).toList();
        Map<Long, List<SpamDecisionView>> decisions = guard.ofComments(ids);
        Map<Long, List<ReportView>> open = reports.openOfComments(ids);
        Places places = places(rows);
        return Page.of(
                rows.stream()
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
                                c.getModerationReason(),
                                decisions.getOrDefault(c.getId(), List.of()),
                                open.getOrDefault(c.getId(), List.of()),
                                c.getCreatedAt()))
                        .toList(),
                page,
                total);
    }

    /**
     * Applies a moderator's decision to the given comments (all or none): status, reason, the
     * comment shown again if reported, its reports resolved. An unknown id is a 400 naming "ids".
     */
    @Transactional
    public List<Long> decide(Collection<Long> ids, CommentAction action, String reason) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        List<Comment> found = repository.byIds(wanted);
        if (found.size() != wanted.size()) {
            Set<Long> missing = new LinkedHashSet<>(wanted);
            found.forEach(c -> missing.remove(c.getId()));
            throw DomainException.invalidField("ids", "unknown comments " + missing);
        }
        OffsetDateTime now = SpamGuard.now();
        for (Comment c : found) {
            c.setStatus(action.status());
            c.setHidden(false);
            c.setModerationReason(reason == null || reason.isBlank() ? null : reason.trim());
            c.setModeratedAt(now);
        }
        reports.resolveComments(wanted);
        repository.flush();
        return List.copyOf(wanted);
    }

    /** Erases the comments sent with this e-mail address (its keyed hash); returns how many. */
    @Transactional
    public int eraseByEmailHash(String emailHash) {
        List<Comment> found = emailHash == null ? List.of() : repository.byEmailHash(emailHash);
        found.forEach(CommentService::erase);
        return found.size();
    }

    /** Erases the comments of a signed-in member's account; returns how many. */
    @Transactional
    public int eraseByAccount(long accountId) {
        List<Comment> found = repository.byAccount(accountId);
        found.forEach(CommentService::erase);
        return found.size();
    }

    /** True when this e-mail address (keyed hash) or account has an approved comment. */
    public boolean hasApproved(String emailHash, Long accountId) {
        return repository.hasApproved(emailHash, accountId);
    }

    /** True when comments (not erased) were sent with this e-mail address. */
    public boolean hasCommentsOf(String emailHash) {
        return emailHash != null && repository.count("emailHash = ?1 and erased = false", emailHash) > 0;
    }

    // ----------------------------------------------------------------------------------- helpers

    /** The notes and coalitions some comments were posted on (two queries at most). */
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

    private static void erase(Comment c) {
        c.setErased(true);
        c.setAuthorName(ERASED_NAME);
        c.setEmail(null);
        c.setEmailHash(null);
        c.setIpHash(null);
        c.setWebsite(null);
        c.setContentHash(null);
        c.setAccountId(null);
        c.setBodyHtml(ERASED_BODY);
    }

    private CommentTarget target(CommentTarget.Kind kind, String slug) {
        long id = switch (kind) {
            case NOTE -> notes.publishedIdOf(slug).orElseThrow(() -> DomainException.notFound("note", slug));
            case COALITION -> coalitions.idOf(slug).orElseThrow(() -> DomainException.notFound("coalition", slug));
        };
        return new CommentTarget(kind, id);
    }

    private static boolean sameTarget(Comment c, CommentTarget target) {
        Long id = target.kind() == CommentTarget.Kind.NOTE ? c.getNoteId() : c.getCoalitionId();
        return id != null && id == target.id();
    }

    static CommentStatus status(Verdict verdict) {
        return switch (verdict) {
            case PASS -> CommentStatus.APPROVED;
            case HOLD -> CommentStatus.PENDING;
            case SPAM -> CommentStatus.SPAM;
        };
    }

    private static String message(CommentStatus status) {
        return switch (status) {
            case APPROVED -> "Thank you: your comment is published.";
            default -> "Thank you: your comment will appear once a moderator has approved it.";
        };
    }

    private static CommentView view(Comment c, List<CommentView> replies) {
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

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
