package org.fabrique.participation.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.actor.ActorInput;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorService;
import org.fabrique.axis.AxisService;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.participation.Author;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.ContributionHtml;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.ModerationQueue;
import org.fabrique.participation.SubmissionReceipt;
import org.fabrique.participation.comment.CommentService;
import org.fabrique.participation.report.ReportInput;
import org.fabrique.participation.report.Reports;
import org.fabrique.participation.submission.SpamGuard;
import org.fabrique.participation.submission.SubmissionPipeline;
import org.fabrique.participation.submission.Verdict;

/**
 * Suggestions of missing subjects and potential allies for axes and coalitions: received through
 * the {@link SubmissionPipeline} like comments, published only once a moderator accepts them;
 * accepting an ally may create its actor.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SuggestionService {
    public static final Set<String> SORTS = Set.of("createdAt");

    private final SuggestionRepository repository;
    private final SuggestionMapper mapper;
    private final AxisService axes;
    private final CoalitionDirectory coalitions;
    private final ActorService actors;
    private final CommentService comments;
    private final SubmissionPipeline pipeline;
    private final Reports reports;

    public SuggestionService(
            SuggestionRepository repository,
            SuggestionMapper mapper,
            AxisService axes,
            CoalitionDirectory coalitions,
            ActorService actors,
            CommentService comments,
            SubmissionPipeline pipeline,
            Reports reports) {
        this.repository = repository;
        this.mapper = mapper;
        this.axes = axes;
        this.coalitions = coalitions;
        this.actors = actors;
        this.comments = comments;
        this.pipeline = pipeline;
        this.reports = reports;
    }

    // ---------------------------------------------------------------------------------- public

    /** Accepted suggestions of an axis or a coalition (two queries). */
    public Page<SuggestionView> list(SuggestionTarget.Kind kind, String slug, PageRequest page) {
        SuggestionTarget target = target(kind, slug);
        long total = repository.countVisible(target);
        return Page.of(mapper.views(repository.visible(target, page)), page, total);
    }

    public Versioned<SuggestionView> get(long id) {
        Suggestion s = repository.visibleOrThrow(id);
        return new Versioned<>(mapper.views(List.of(s)).get(0), s.getVersion());
    }

    /**
     * For the panorama: the accepted suggestions of each axis asked, split into missing subjects
     * and potential allies, oldest first (two queries). Axes without any are absent from the map.
     */
    public Map<Long, AxisSuggestions> acceptedByAxis(Collection<Long> axisIds) {
        return mapper.byAxis(repository.visibleOfAxes(Set.copyOf(axisIds)));
    }

    /** For the alliance graph: the accepted potential allies of the coalitions that are actors. */
    public List<PotentialAlly> actorAlliesOf(Collection<Long> coalitionIds) {
        return repository.acceptedActorAlliesOf(Set.copyOf(coalitionIds)).stream()
                .map(s -> new PotentialAlly(s.getCoalitionId(), s.getActorId()))
                .toList();
    }

    /** Screens and stores a suggestion; it waits for a moderator (or is held as spam). */
    public SubmissionReceipt post(SuggestionTarget.Kind kind, String slug, SuggestionInput input, ClientInfo client) {
        return pipeline.submit(
                ContributionKind.SUGGESTION.label(),
                client,
                () -> new Accepted(
                        target(kind, slug),
                        pipeline.author(
                                input.authorName(),
                                input.email(),
                                ref -> ref == null || ref.username() == null ? "member" : ref.username())),
                accepted -> store(accepted, input, client));
    }

    /** A suggestion that passed the checks, with what was resolved on the way. */
    private record Accepted(SuggestionTarget target, Author author) implements SubmissionPipeline.Accepted {}

    private SubmissionReceipt store(Accepted accepted, SuggestionInput input, ClientInfo client) {
        String title = input.title().trim();
        String html = ContributionHtml.clean(input.description());
        String text = (title + " " + ContributionHtml.text(html)).trim();
        String website = SubmissionPipeline.trim(input.website());
        Suggestion s = new Suggestion(
                accepted.target(), input.kind(), title, html.isEmpty() ? null : html, website, input.actorKind());
        Author author = accepted.author();
        SpamGuard.Screening screening = pipeline.screen(
                s,
                repository,
                author,
                client,
                new SubmissionPipeline.Content(
                        ContributionKind.SUGGESTION.label(),
                        website,
                        input.description(),
                        text,
                        input.kind() + " " + text,
                        input.url(),
                        input.formStartedAt()),
                comments.hasApproved(author.emailHash(), author.accountId()));
        s.setStatus(screening.verdict() == Verdict.SPAM ? SuggestionStatus.SPAM : SuggestionStatus.PENDING);
        pipeline.store(s, repository, screening);
        return new SubmissionReceipt(
                s.getId(), "PENDING", "Thank you: your suggestion will appear once a moderator has accepted it.");
    }

    /** A reader reports an accepted suggestion; enough distinct reporters hide it. */
    public void report(long id, ReportInput input, ClientInfo client) {
        reports.report(repository, id, input, client);
    }

    // ------------------------------------------------------------------ contracts for moderation

    public Page<ModeratedSuggestion> queue(ModerationQueue queue, PageRequest page) {
        long total = repository.countQueue(queue);
        return Page.of(mapper.moderated(repository.queue(queue, page)), page, total);
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
        List<Suggestion> found = repository.allOf(wanted);
        if (action == SuggestionAction.DUPLICATE) {
            if (duplicateOf == null) {
                throw DomainException.invalidField("duplicateOf", "required to mark a duplicate");
            }
            if (wanted.contains(duplicateOf) || repository.byId(duplicateOf).isEmpty()) {
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
        for (Suggestion s : found) {
            s.decide(action.status(), note, SpamGuard.now());
            s.setDuplicateOfId(action == SuggestionAction.DUPLICATE ? duplicateOf : null);
            if (createActor && s.getActorId() == null) {
                s.setActorId(createActor(s, actorKind));
            }
        }
        reports.resolve(repository.kind(), wanted);
        repository.flush();
        return List.copyOf(wanted);
    }

    /** The actor of an accepted ally, from its name, description, website and kind; its id. */
    private long createActor(Suggestion s, ActorKind actorKind) {
        String description = ContributionHtml.text(s.getDescription());
        String slug = actors.create(new ActorInput(
                        null,
                        s.getTitle(),
                        s.getActorKind() != null ? s.getActorKind() : actorKind,
                        description.isEmpty() ? null : clip(description, 4000),
                        s.getWebsite(),
                        null,
                        null,
                        null,
                        null))
                .view()
                .slug();
        return actors.idOf(slug).orElseThrow();
    }

    /** Anonymises the suggestions sent with this e-mail address (keyed hash); returns how many. */
    @Transactional
    public int eraseByEmailHash(String emailHash) {
        List<Suggestion> found = repository.byEmailHash(emailHash);
        found.forEach(Suggestion::erase);
        return found.size();
    }

    /** Anonymises the suggestions of a signed-in member's account; returns how many. */
    @Transactional
    /** Anonymises an account's contributions (its deletion): the texts stay. */
    public int anonymiseByAccount(long accountId) {
        List<Suggestion> found = repository.byAccount(accountId);
        found.forEach(Suggestion::anonymise);
        return found.size();
    }

    public int eraseByAccount(long accountId) {
        List<Suggestion> found = repository.byAccount(accountId);
        found.forEach(Suggestion::erase);
        return found.size();
    }

    public boolean hasSuggestionsOf(String emailHash) {
        return repository.hasAnyOf(emailHash);
    }

    // ----------------------------------------------------------------------------------- helpers

    private SuggestionTarget target(SuggestionTarget.Kind kind, String slug) {
        long id = switch (kind) {
            case AXIS -> axes.idOf(slug).orElseThrow(() -> DomainException.notFound("axis", slug));
            case COALITION -> coalitions.idOf(slug).orElseThrow(() -> DomainException.notFound("coalition", slug));
        };
        return new SuggestionTarget(kind, id);
    }

    private static String clip(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
