package org.fabrique.participation.intention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.axis.AxisService;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionInput;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.coalition.Stage;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.mail.MailLanguage;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.participation.Author;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.ContributionHtml;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.SubmissionReceipt;
import org.fabrique.participation.comment.CommentService;
import org.fabrique.participation.submission.SpamGuard;
import org.fabrique.participation.submission.SubmissionPipeline;
import org.fabrique.participation.submission.Verdict;

/**
 * First intentions to act (issue 15): anyone proposes a coalition through the
 * {@link SubmissionPipeline} (the anti-spam rules and limits of comments); the editors read the
 * proposals and accept one as an emerging coalition (its problems and allies sought on the canvas,
 * the proposer, when signed in, among its coordinators), merge it into an existing coalition (whose
 * coordinators are told) or decline it; the proposer hears of the decision by mail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IntentionService {
    public static final Set<String> SORTS = Set.of("createdAt");

    private final IntentionRepository repository;
    private final AxisService axes;
    private final CoalitionDirectory coalitions;
    private final CommentService comments;
    private final SubmissionPipeline pipeline;
    private final AccountService accounts;
    private final IntentionMapper mapper;
    private final IntentionMail mail;
    private final Event<IntentionProposed> proposed;
    private final Event<IntentionMerged> merged;

    public IntentionService(
            IntentionRepository repository,
            AxisService axes,
            CoalitionDirectory coalitions,
            CommentService comments,
            SubmissionPipeline pipeline,
            AccountService accounts,
            IntentionMapper mapper,
            IntentionMail mail,
            Event<IntentionProposed> proposed,
            Event<IntentionMerged> merged) {
        this.repository = repository;
        this.axes = axes;
        this.coalitions = coalitions;
        this.comments = comments;
        this.pipeline = pipeline;
        this.accounts = accounts;
        this.mapper = mapper;
        this.mail = mail;
        this.proposed = proposed;
        this.merged = merged;
    }

    /** Screens and stores a proposal; it waits for the editors (or is held as spam). */
    public SubmissionReceipt propose(IntentionInput input, String language, ClientInfo client) {
        return pipeline.submit(
                ContributionKind.INTENTION.label(),
                client,
                () -> new Accepted(
                        axisIds(input.axes()),
                        pipeline.author(
                                input.authorName(),
                                input.email(),
                                ref -> ref == null || ref.username() == null ? "member" : ref.username())),
                accepted -> store(accepted, input, language, client));
    }

    /** A proposal that passed the checks: its axes resolved, its author. */
    private record Accepted(List<Long> axisIds, Author author) implements SubmissionPipeline.Accepted {}

    private SubmissionReceipt store(Accepted accepted, IntentionInput input, String language, ClientInfo client) {
        String title = input.title().trim();
        String html = ContributionHtml.clean(input.description());
        List<String> problems = trimmed(input.problems());
        List<String> allyKinds = trimmed(input.allyKinds());
        String text = (title + " " + ContributionHtml.text(html) + " " + String.join(" ", problems)).trim();
        Intention intention = new Intention(
                title,
                html.isEmpty() ? null : html,
                accepted.axisIds(),
                problems,
                allyKinds,
                MailLanguage.of(language) == MailLanguage.EN ? "en" : "fr");
        Author author = accepted.author();
        SpamGuard.Screening screening = pipeline.screen(
                intention,
                repository,
                author,
                client,
                new SubmissionPipeline.Content(
                        ContributionKind.INTENTION.label(),
                        null,
                        input.description(),
                        text,
                        text,
                        input.url(),
                        input.formStartedAt()),
                comments.hasApproved(author.emailHash(), author.accountId()));
        boolean spam = screening.verdict() == Verdict.SPAM;
        intention.setStatus(spam ? IntentionStatus.SPAM : IntentionStatus.PENDING);
        pipeline.store(intention, repository, screening);
        if (!spam) {
            proposed.fire(new IntentionProposed(intention.getId(), title));
        }
        return new SubmissionReceipt(
                intention.getId(),
                "PENDING",
                "Thank you: the editors will read your proposal and tell you what they decide by e-mail.");
    }

    /** The proposals in a status (PENDING by default), for the editors. */
    public Page<IntentionView> list(IntentionStatus status, PageRequest page) {
        long total = repository.countWithStatus(status);
        return Page.of(mapper.views(repository.withStatus(status, page)), page, total);
    }

    public IntentionView get(long id) {
        return mapper.views(List.of(load(id))).get(0);
    }

    /**
     * The editors' decision: ACCEPT makes an emerging coalition of the proposal (409 when its slug
     * is taken: give another), MERGE joins it to the coalition named, DECLINE closes it; the
     * proposer is mailed (through the outbox, in this transaction). A proposal is decided once:
     * 409 after.
     */
    @Transactional
    public IntentionView decide(long id, IntentionDecisionInput input) {
        Intention intention = load(id);
        if (intention.getStatus() != IntentionStatus.PENDING) {
            throw DomainException.conflict("This proposal was already decided ({0})", intention.getStatus());
        }
        if (input.action() == IntentionAction.MERGE && input.coalition() == null) {
            throw DomainException.invalidField("coalition", "required to merge");
        }
        if (input.action() != IntentionAction.MERGE && input.coalition() != null) {
            throw DomainException.invalidField("coalition", "only with the action MERGE");
        }
        if (input.action() != IntentionAction.ACCEPT && input.slug() != null) {
            throw DomainException.invalidField("slug", "only with the action ACCEPT");
        }
        Caller caller = accounts.caller();
        CoalitionRef coalition = null;
        Long coalitionId = null;
        switch (input.action()) {
            case ACCEPT -> {
                coalition = coalitions.create(
                        coalitionOf(intention, input.slug()),
                        intention.getAccountId() == null ? List.of() : List.of(intention.getAccountId()));
                coalitionId = coalitions.idOf(coalition.slug()).orElseThrow();
            }
            case MERGE -> {
                coalitionId = coalitions
                        .idOf(input.coalition())
                        .orElseThrow(() -> DomainException.invalidField("coalition", "unknown coalition"));
                coalition = coalitions.refs(List.of(coalitionId)).get(coalitionId);
            }
            case DECLINE -> {
                // closes the proposal only
            }
        }
        intention.decide(input.action().status(), input.note(), caller.accountId(), coalitionId, SpamGuard.now());
        repository.flush();
        if (coalition != null && input.action() == IntentionAction.MERGE) {
            merged.fire(new IntentionMerged(
                    intention.getId(), intention.getTitle(), coalitionId, coalition.slug(), caller.accountId()));
        }
        mail.tellProposer(intention, coalition);
        return mapper.views(List.of(intention)).get(0);
    }

    /** What an accepted proposal becomes: an emerging coalition with its problems and allies sought. */
    private CoalitionInput coalitionOf(Intention intention, String slug) {
        List<CoalitionInput.ProblemInput> problems = new ArrayList<>();
        for (String problem : intention.getProblems()) {
            problems.add(new CoalitionInput.ProblemInput(
                    null, problem, null, List.copyOf(intention.getAllyKinds()), null, null));
        }
        Map<Long, AxisSummary> summaries = axes.summaries(intention.getAxisIds());
        List<String> axisSlugs = intention.getAxisIds().stream()
                .map(summaries::get)
                .filter(java.util.Objects::nonNull)
                .map(AxisSummary::slug)
                .toList();
        String intentionText = intention.getDescription() == null
                ? null
                : clip(ContributionHtml.text(intention.getDescription()), 4000);
        return new CoalitionInput(
                null,
                slug,
                intention.getTitle(),
                null,
                intentionText,
                null,
                Stage.EMERGING,
                axisSlugs,
                null,
                null,
                null,
                problems,
                null,
                false,
                true);
    }

    /** Forgets the author of the proposals sent with this e-mail address (keyed hash); how many. */
    @Transactional
    public int eraseByEmailHash(String emailHash) {
        List<Intention> found = repository.byEmailHash(emailHash);
        found.forEach(Intention::erase);
        return found.size();
    }

    /** Forgets the author of a signed-in member's proposals; how many. */
    @Transactional
    public int eraseByAccount(long accountId) {
        List<Intention> found = repository.byAccount(accountId);
        found.forEach(Intention::erase);
        return found.size();
    }

    /** Anonymises an account's proposals (its deletion): the texts stay. */
    public int anonymiseByAccount(long accountId) {
        List<Intention> found = repository.byAccount(accountId);
        found.forEach(Intention::anonymise);
        return found.size();
    }

    public boolean hasIntentionsOf(String emailHash) {
        return repository.hasAnyOf(emailHash);
    }

    private Intention load(long id) {
        return repository.byId(id).orElseThrow(() -> DomainException.notFound("intention", String.valueOf(id)));
    }

    private List<Long> axisIds(List<String> slugs) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i).trim();
            int index = i;
            long id = axes.idOf(slug)
                    .orElseThrow(() -> DomainException.invalidField("axes[" + index + "]", "unknown axis"));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<String> trimmed(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                String trimmed = value.trim();
                if (!trimmed.isEmpty() && !out.contains(trimmed)) {
                    out.add(trimmed);
                }
            }
        }
        return out;
    }

    private static String clip(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
