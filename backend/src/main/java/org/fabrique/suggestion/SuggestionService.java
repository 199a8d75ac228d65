package org.fabrique.suggestion;

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
import java.util.Objects;
import java.util.Set;
import org.fabrique.account.AccountRef;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.actor.ActorInput;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.actor.ActorView;
import org.fabrique.axis.AxisService;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.comment.ClientInfo;
import org.fabrique.comment.CommentHtml;
import org.fabrique.comment.CommentService;
import org.fabrique.comment.Fingerprints;
import org.fabrique.comment.ParticipationConfig;
import org.fabrique.comment.ReportInput;
import org.fabrique.comment.ReportView;
import org.fabrique.comment.Reports;
import org.fabrique.comment.SpamDecisionView;
import org.fabrique.comment.SpamGuard;
import org.fabrique.comment.Submission;
import org.fabrique.comment.SubmissionReceipt;
import org.fabrique.comment.Verdict;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.Problem;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.validation.InputValidator;

/**
 * Suggestions of missing subjects and potential allies for axes and coalitions: screened like
 * comments, published only once a moderator accepts them; accepting an ally may create its actor.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SuggestionService {
    public static final Set<String> SORTS = Set.of("createdAt");

    private final SuggestionRepository repository;
    private final AxisService axes;
    private final CoalitionDirectory coalitions;
    private final ActorService actors;
    private final AccountService accounts;
    private final CommentService comments;
    private final InputValidator validator;
    private final SpamGuard guard;
    private final Reports reports;
    private final Fingerprints fingerprints;
    private final ParticipationConfig config;

    public SuggestionService(
            SuggestionRepository repository,
            AxisService axes,
            CoalitionDirectory coalitions,
            ActorService actors,
            AccountService accounts,
            CommentService comments,
            InputValidator validator,
            SpamGuard guard,
            Reports reports,
            Fingerprints fingerprints,
            ParticipationConfig config) {
        this.repository = repository;
        this.axes = axes;
        this.coalitions = coalitions;
        this.actors = actors;
        this.accounts = accounts;
        this.comments = comments;
        this.validator = validator;
        this.guard = guard;
        this.reports = reports;
        this.fingerprints = fingerprints;
        this.config = config;
    }

    // ---------------------------------------------------------------------------------- public

    /** Accepted suggestions of an axis or a coalition (two queries). */
    public Page<SuggestionView> list(SuggestionTarget.Kind kind, String slug, PageRequest page) {
        SuggestionTarget target = target(kind, slug);
        long total = repository.countVisible(target);
        List<Suggestion> rows = repository.visible(target, page.offset(), page.size(), page.descending());
        return Page.of(views(rows), page, total);
    }

    public SuggestionView get(long id) {
        Suggestion s =
                repository.visible(id).orElseThrow(() -> DomainException.notFound("suggestion", String.valueOf(id)));
        return views(List.of(s)).get(0);
    }

    /**
     * For the panorama: the accepted suggestions of each axis asked, split into missing subjects
     * and potential allies, oldest first (two queries). Axes without any are absent from the map.
     */
    public Map<Long, AxisSuggestions> acceptedByAxis(Collection<Long> axisIds) {
        List<Suggestion> rows = repository.visibleOfAxes(Set.copyOf(axisIds));
        List<SuggestionView> views = views(rows);
        Map<Long, List<SuggestionView>> subjects = new HashMap<>();
        Map<Long, List<SuggestionView>> allies = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Suggestion s = rows.get(i);
            (s.getKind() == SuggestionKind.MISSING_SUBJECT ? subjects : allies)
                    .computeIfAbsent(s.getAxisId(), k -> new ArrayList<>())
                    .add(views.get(i));
        }
        Map<Long, AxisSuggestions> result = new HashMap<>();
        Set<Long> ids = new HashSet<>(subjects.keySet());
        ids.addAll(allies.keySet());
        for (Long id : ids) {
            result.put(
                    id, new AxisSuggestions(subjects.getOrDefault(id, List.of()), allies.getOrDefault(id, List.of())));
        }
        return result;
    }

    /** Screens and stores a suggestion; it waits for a moderator (or is held as spam). */
    // Rate limits are counted before the transaction that stores the submission: each counter runs
    // in a short transaction of its own, and a request must never hold two pooled connections at
    // once (50 concurrent commenters exhausted a pool of 20 that way: bench/README.md).
    // An invalid submission is refused before it is counted, so that fixing a form costs nothing.
    public SubmissionReceipt post(SuggestionTarget.Kind kind, String slug, SuggestionInput input, ClientInfo client) {
        Accepted accepted = QuarkusTransaction.joiningExisting().call(() -> accept(kind, slug, input));
        guard.limit("suggestion", client, fingerprints.email(accepted.email()));
        return QuarkusTransaction.joiningExisting().call(() -> store(accepted, input, client));
    }

    /** A suggestion that passed validation, with what was resolved on the way. */
    private record Accepted(SuggestionTarget target, Caller caller, String name, String email) {}

    private Accepted accept(SuggestionTarget.Kind kind, String slug, SuggestionInput input) {
        SuggestionTarget target = target(kind, slug);
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
            name = ref == null || ref.username() == null ? "member" : ref.username();
            name = name.length() > 100 ? name.substring(0, 100) : name;
        }
        return new Accepted(target, caller, name, email);
    }

    private SubmissionReceipt store(Accepted accepted, SuggestionInput input, ClientInfo client) {
        SuggestionTarget target = accepted.target();
        Caller caller = accepted.caller();
        String name = accepted.name();
        String email = accepted.email();
        String title = input.title().trim();
        String html = CommentHtml.clean(input.description());
        String text = (title + " " + CommentHtml.text(html)).trim();
        String emailHash = fingerprints.email(email);
        String ipHash = fingerprints.address(client.ip());
        String contentHash = fingerprints.content(input.kind() + " " + text);
        OffsetDateTime since = OffsetDateTime.now().minus(config.duplicateWindow());
        Long duplicateOf =
                repository.duplicate(target, contentHash, emailHash, since).orElse(null);
        boolean known = repository.hasAccepted(emailHash, caller.accountId())
                || comments.hasApproved(emailHash, caller.accountId());
        SpamGuard.Screening screening = guard.screen(new Submission(
                "suggestion",
                name,
                email,
                trim(input.website()),
                input.description(),
                text,
                input.url(),
                input.formStartedAt(),
                client.ip(),
                client.userAgent(),
                client.referrer(),
                null,
                !caller.isAnonymous(),
                known,
                duplicateOf));
        Suggestion s = new Suggestion();
        s.setKind(input.kind());
        if (target.kind() == SuggestionTarget.Kind.AXIS) {
            s.setAxisId(target.id());
        } else {
            s.setCoalitionId(target.id());
        }
        s.setTitle(title);
        s.setDescription(html.isEmpty() ? null : html);
        s.setWebsite(trim(input.website()));
        s.setActorKind(input.actorKind());
        s.setAccountId(caller.accountId());
        s.setAuthorName(name);
        s.setEmail(email);
        s.setEmailHash(emailHash);
        s.setContentHash(contentHash);
        s.setIpHash(ipHash);
        s.setStatus(screening.verdict() == Verdict.SPAM ? SuggestionStatus.SPAM : SuggestionStatus.PENDING);
        repository.persist(s);
        repository.flush();
        guard.record(screening, null, s.getId());
        return new SubmissionReceipt(
                s.getId(), "PENDING", "Thank you: your suggestion will appear once a moderator has accepted it.");
    }

    /** A reader reports an accepted suggestion; enough distinct reporters hide it. */
    public void report(long id, ReportInput input, ClientInfo client) {
        QuarkusTransaction.joiningExisting().run(() -> {
            repository.visible(id).orElseThrow(() -> DomainException.notFound("suggestion", String.valueOf(id)));
            validator.valid(input);
        });
        guard.limit("report", client, null);
        QuarkusTransaction.joiningExisting().run(() -> storeReport(id, input, client));
    }

    private void storeReport(long id, ReportInput input, ClientInfo client) {
        Suggestion s =
                repository.visible(id).orElseThrow(() -> DomainException.notFound("suggestion", String.valueOf(id)));
        Caller caller = accounts.caller();
        if (reports.report(null, id, reports.reporterKey(caller, client), input)) {
            s.setHidden(true);
        }
    }

    // ------------------------------------------------------------------ contracts for moderation

    public Page<ModeratedSuggestion> queue(SuggestionQueue queue, PageRequest page) {
        long total = repository.countQueue(queue);
        List<Suggestion> rows = repository.queue(queue, page.offset(), page.size(), page.descending());
        List<Long> ids = rows.stream().map(Suggestion::getId).toList();
        Map<Long, List<SpamDecisionView>> decisions = guard.ofSuggestions(ids);
        Map<Long, List<ReportView>> open = reports.openOfSuggestions(ids);
        Set<Long> axisIds = collect(rows, Suggestion::getAxisId);
        Set<Long> coalitionIds = collect(rows, Suggestion::getCoalitionId);
        Set<Long> actorIds = collect(rows, Suggestion::getActorId);
        Map<Long, AxisSummary> axisRefs = axisIds.isEmpty() ? Map.of() : axes.summaries(axisIds);
        Map<Long, CoalitionRef> coalitionRefs = coalitionIds.isEmpty() ? Map.of() : coalitions.refs(coalitionIds);
        Map<Long, ActorSummary> actorRefs = actorIds.isEmpty() ? Map.of() : actors.summaries(actorIds);
        return Page.of(
                rows.stream()
                        .map(s -> new ModeratedSuggestion(
                                s.getId(),
                                s.getKind(),
                                s.getAxisId() == null ? null : axisRefs.get(s.getAxisId()),
                                s.getCoalitionId() == null ? null : coalitionRefs.get(s.getCoalitionId()),
                                s.getTitle(),
                                s.getDescription(),
                                s.getWebsite(),
                                s.getActorKind(),
                                s.getAuthorName(),
                                s.getEmail(),
                                s.getStatus(),
                                s.isHidden(),
                                s.isErased(),
                                s.getModeratorNote(),
                                s.getDuplicateOfId(),
                                s.getActorId() == null ? null : actorRefs.get(s.getActorId()),
                                decisions.getOrDefault(s.getId(), List.of()),
                                open.getOrDefault(s.getId(), List.of()),
                                s.getCreatedAt()))
                        .toList(),
                page,
                total);
    }

    /**
     * Applies a moderator's decision to the given suggestions (all or none). {@code duplicateOf}
     * names the original for {@code DUPLICATE}; {@code createActor} (potential allies only, with
     * {@code ACCEPT}) creates the actor from the suggestion's name, description, website and kind
     * ({@code actorKind} when the suggestion has none); a taken slug is a 409.
     */
    @Transactional
    public List<Long> decide(
            Collection<Long> ids,
            SuggestionAction action,
            String note,
            Long duplicateOf,
            boolean createActor,
            ActorKind actorKind) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        List<Suggestion> found = repository.byIds(wanted);
        if (found.size() != wanted.size()) {
            Set<Long> missing = new LinkedHashSet<>(wanted);
            found.forEach(s -> missing.remove(s.getId()));
            throw DomainException.invalidField("ids", "unknown suggestions " + missing);
        }
        if (action == SuggestionAction.DUPLICATE) {
            if (duplicateOf == null) {
                throw DomainException.invalidField("duplicateOf", "required to mark a duplicate");
            }
            if (wanted.contains(duplicateOf)
                    || repository.findByIdOptional(duplicateOf).isEmpty()) {
                throw DomainException.invalidField("duplicateOf", "unknown suggestion or one of those decided");
            }
        } else if (duplicateOf != null) {
            throw DomainException.invalidField("duplicateOf", "only with the action DUPLICATE");
        }
        if (createActor) {
            if (action != SuggestionAction.ACCEPT) {
                throw DomainException.invalidField("createActor", "only with the action ACCEPT");
            }
            for (Suggestion s : found) {
                if (s.getKind() != SuggestionKind.POTENTIAL_ALLY) {
                    throw DomainException.invalidField("createActor", "suggestion " + s.getId() + " is not an ally");
                }
                if (s.getActorKind() == null && actorKind == null) {
                    throw DomainException.invalidField("actorKind", "required: suggestion " + s.getId() + " has none");
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (Suggestion s : found) {
            s.setStatus(action.status());
            s.setHidden(false);
            s.setModeratorNote(note == null || note.isBlank() ? null : note.trim());
            s.setDuplicateOfId(action == SuggestionAction.DUPLICATE ? duplicateOf : null);
            s.setModeratedAt(now);
            if (createActor && s.getActorId() == null) {
                String description = CommentHtml.text(s.getDescription());
                ActorView actor = actors.create(new ActorInput(
                                null,
                                s.getTitle(),
                                s.getActorKind() != null ? s.getActorKind() : actorKind,
                                description.isEmpty() ? null : clip(description, 4000),
                                s.getWebsite(),
                                null,
                                null,
                                null))
                        .view();
                s.setActorId(actors.idOf(actor.slug()).orElseThrow());
            }
        }
        reports.resolveSuggestions(wanted);
        repository.flush();
        return List.copyOf(wanted);
    }

    /** Anonymises the suggestions sent with this e-mail address (keyed hash); returns how many. */
    @Transactional
    public int eraseByEmailHash(String emailHash) {
        List<Suggestion> found = emailHash == null ? List.of() : repository.byEmailHash(emailHash);
        found.forEach(SuggestionService::erase);
        return found.size();
    }

    /** Anonymises the suggestions of a signed-in member's account; returns how many. */
    @Transactional
    public int eraseByAccount(long accountId) {
        List<Suggestion> found = repository.byAccount(accountId);
        found.forEach(SuggestionService::erase);
        return found.size();
    }

    public boolean hasSuggestionsOf(String emailHash) {
        return emailHash != null && repository.count("emailHash = ?1 and erased = false", emailHash) > 0;
    }

    // ----------------------------------------------------------------------------------- helpers

    /** The author is forgotten; the suggestion (about the programme, not the person) stays. */
    private static void erase(Suggestion s) {
        s.setErased(true);
        s.setAuthorName(CommentService.ERASED_NAME);
        s.setEmail(null);
        s.setEmailHash(null);
        s.setIpHash(null);
        s.setContentHash(null);
        s.setAccountId(null);
    }

    private List<SuggestionView> views(List<Suggestion> rows) {
        Set<Long> actorIds = collect(rows, Suggestion::getActorId);
        Map<Long, ActorSummary> actorRefs = actorIds.isEmpty() ? Map.of() : actors.summaries(actorIds);
        return rows.stream()
                .map(s -> new SuggestionView(
                        s.getId(),
                        s.getKind(),
                        s.getTitle(),
                        s.getDescription(),
                        s.getWebsite(),
                        s.getActorKind(),
                        s.getActorId() == null ? null : actorRefs.get(s.getActorId()),
                        s.getCreatedAt()))
                .toList();
    }

    private SuggestionTarget target(SuggestionTarget.Kind kind, String slug) {
        long id = switch (kind) {
            case AXIS -> axes.idOf(slug).orElseThrow(() -> DomainException.notFound("axis", slug));
            case COALITION -> coalitions.idOf(slug).orElseThrow(() -> DomainException.notFound("coalition", slug));
        };
        return new SuggestionTarget(kind, id);
    }

    private static Set<Long> collect(List<Suggestion> rows, java.util.function.Function<Suggestion, Long> field) {
        Set<Long> ids = new HashSet<>();
        rows.stream().map(field).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String clip(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
