package org.fabrique.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.PersonSummary;
import org.fabrique.axis.AxisService;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.text.MarkdownRenderer;
import org.fabrique.common.text.Slugs;
import org.fabrique.common.text.TextNormalizer;
import org.fabrique.event.EventRef;
import org.fabrique.event.EventService;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/** Notes and articles: Markdown rendered and sanitised at write time, drafts hidden from the public. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NoteService {
    public static final Set<String> SORTS = Set.of("publishedAt", "title");
    public static final String DEFAULT_SORT = "-publishedAt";
    public static final int EXCERPT_LENGTH = 280;

    /** Which notes a list shows; anything but PUBLISHED is for editors and admins. */
    public enum Visibility {
        PUBLISHED,
        DRAFT,
        ALL
    }

    /** Filters of the note list as the client gave them (slugs, not ids). */
    public record Filters(Visibility status, String event, String coalition, String axis, String territory, String q) {}

    private final NoteRepository repository;
    private final EventService events;
    private final CoalitionDirectory coalitions;
    private final AxisService axes;
    private final TerritoryService territories;
    private final ActorService actors;
    private final MarkdownRenderer markdown;
    private final EntityTags tags;
    private final ListTotals totals;

    public NoteService(
            NoteRepository repository,
            EventService events,
            CoalitionDirectory coalitions,
            AxisService axes,
            TerritoryService territories,
            ActorService actors,
            MarkdownRenderer markdown,
            EntityTags tags,
            ListTotals totals) {
        this.totals = totals;
        this.repository = repository;
        this.events = events;
        this.coalitions = coalitions;
        this.axes = axes;
        this.territories = territories;
        this.actors = actors;
        this.markdown = markdown;
        this.tags = tags;
    }

    /**
     * @param canSeeDrafts whether the caller is an editor or an admin; others asking for drafts
     *     get a 403 problem
     */
    public Page<NoteSummary> list(Filters f, PageRequest request, boolean canSeeDrafts) {
        Visibility visibility = f.status() == null ? Visibility.PUBLISHED : f.status();
        if (visibility != Visibility.PUBLISHED && !canSeeDrafts) {
            throw new DomainException(ProblemType.FORBIDDEN, "Only editors and administrators see draft notes");
        }
        Set<NoteStatus> statuses = switch (visibility) {
            case PUBLISHED -> EnumSet.of(NoteStatus.PUBLISHED);
            case DRAFT -> EnumSet.of(NoteStatus.DRAFT);
            case ALL -> EnumSet.allOf(NoteStatus.class);
        };
        Long eventId = null;
        Long coalitionId = null;
        Long axisId = null;
        Set<Long> territoryIds = null;
        try {
            eventId = f.event() == null ? null : events.idOf(f.event()).orElseThrow();
            coalitionId = f.coalition() == null
                    ? null
                    : coalitions.idOf(f.coalition()).orElseThrow();
            axisId = f.axis() == null ? null : axes.idOf(f.axis()).orElseThrow();
            territoryIds = f.territory() == null
                    ? null
                    : territories.selfAndDescendantIds(
                            territories.idOf(f.territory()).orElseThrow());
        } catch (java.util.NoSuchElementException unknownSlug) {
            return Page.of(List.of(), request, 0);
        }
        NoteCriteria criteria = new NoteCriteria(
                statuses,
                eventId,
                coalitionId,
                axisId,
                territoryIds,
                f.q() == null ? List.of() : TextNormalizer.terms(f.q()));
        List<Note> notes = repository.page(criteria, request);
        return Page.of(
                summaries(notes),
                request,
                totals.of(criteria, request, notes.size(), () -> repository.count(criteria)));
    }

    /** Summaries of the notes, with what they embed loaded in one query per kind. */
    private List<NoteSummary> summaries(List<Note> notes) {
        Set<Long> eventIds = new HashSet<>();
        Set<Long> personIds = new HashSet<>();
        Set<Long> coalitionIds = new HashSet<>();
        Set<Long> axisIds = new HashSet<>();
        for (Note n : notes) {
            if (n.getEventId() != null) {
                eventIds.add(n.getEventId());
            }
            personIds.addAll(n.getAuthorIds());
            coalitionIds.addAll(n.getCoalitionIds());
            axisIds.addAll(n.getAxisIds());
        }
        Map<Long, EventRef> eventRefs = events.refs(eventIds);
        Map<Long, PersonSummary> people = actors.personSummaries(personIds);
        Map<Long, CoalitionRef> coalitionRefs = coalitions.refs(coalitionIds);
        Map<Long, AxisSummary> axisSummaries = axes.summaries(axisIds);
        return notes.stream()
                .map(n -> new NoteSummary(
                        n.getSlug(),
                        n.getTitle(),
                        n.getExcerpt(),
                        n.getEventId() == null ? null : eventRefs.get(n.getEventId()),
                        n.getStatus(),
                        n.getPublishedAt(),
                        sorted(n.getAuthorIds(), people, PersonSummary::fullName),
                        sortedCoalitions(n.getCoalitionIds(), coalitionRefs),
                        sorted(n.getAxisIds(), axisSummaries, AxisSummary::name),
                        n.isSample()))
                .toList();
    }

    /** One note; a draft is 404 unless {@code canSeeDrafts}. */
    public NoteView get(String slug, boolean canSeeDrafts) {
        Note note = repository
                .findBySlug(slug)
                .filter(n -> canSeeDrafts || n.getStatus() == NoteStatus.PUBLISHED)
                .orElseThrow(() -> DomainException.notFound("note", slug));
        return toView(note);
    }

    // ---- contracts for other features ------------------------------------------------------

    public long countPublished() {
        return repository.countPublished();
    }

    /** The id of a published note (what the public may comment on), or empty. */
    /** Whether a published note accepts new comments; empty when there is no such published note. */
    public Optional<Boolean> commentsOpen(String slug) {
        return repository
                .findBySlug(slug)
                .filter(n -> n.getStatus() == NoteStatus.PUBLISHED)
                .map(Note::isCommentsOpen);
    }

    public Optional<Long> publishedIdOf(String slug) {
        return repository
                .findBySlug(slug)
                .filter(n -> n.getStatus() == NoteStatus.PUBLISHED)
                .map(Note::getId);
    }

    /** Notes by id, as other features embed them (one query; unknown ids are left out). */
    public Map<Long, NoteRef> refs(Collection<Long> ids) {
        Map<Long, NoteRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            repository
                    .list("id in ?1", Set.copyOf(ids))
                    .forEach(n -> refs.put(n.getId(), new NoteRef(n.getSlug(), n.getTitle(), n.getStatus())));
        }
        return refs;
    }

    // ---- writes --------------------------------------------------------------------------

    @Transactional
    public NoteView create(NoteInput input) {
        String slug = input.slug() != null ? input.slug() : Slugs.slugify(input.title(), 120);
        if (repository.findBySlug(slug).isPresent()) {
            throw DomainException.conflict("A note with slug '" + slug + "' already exists");
        }
        Note note = new Note(slug);
        apply(note, input);
        repository.persist(note);
        repository.flush();
        return toView(note);
    }

    @Transactional
    public NoteView update(String slug, NoteInput input, String ifMatch) {
        Note note = load(slug);
        tags.checkIfMatch(ifMatch, toView(note));
        if (input.slug() != null && !input.slug().equals(slug)) {
            if (repository.findBySlug(input.slug()).isPresent()) {
                throw DomainException.conflict("A note with slug '" + input.slug() + "' already exists");
            }
            note.setSlug(input.slug());
        }
        apply(note, input);
        repository.flush();
        return toView(note);
    }

    @Transactional
    public void delete(String slug) {
        repository.delete(load(slug));
    }

    private Note load(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> DomainException.notFound("note", slug));
    }

    private void apply(Note note, NoteInput input) {
        Long eventId = input.event() == null
                ? null
                : events.idsBySlug(List.of(input.event()), "event").get(input.event());
        Set<Long> coalitionIds =
                ids(coalitions.idsBySlug(nonNull(input.coalitions()), "coalitions"), input.coalitions());
        Set<Long> axisIds = ids(axes.idsBySlug(nonNull(input.axes()), "axes"), input.axes());
        Set<Long> territoryIds =
                ids(territories.idsBySlug(nonNull(input.territories()), "territories"), input.territories());
        Set<Long> authorIds = ids(actors.personIdsBySlug(nonNull(input.authors()), "authors"), input.authors());

        note.setTitle(input.title().trim());
        note.setBodyMarkdown(input.bodyMarkdown());
        note.setBodyHtml(markdown.toHtml(input.bodyMarkdown()));
        note.setExcerpt(
                input.excerpt() == null || input.excerpt().isBlank()
                        ? markdown.excerpt(input.bodyMarkdown(), EXCERPT_LENGTH)
                        : input.excerpt().strip());
        note.setEventId(eventId);
        NoteStatus status = input.status() == null ? NoteStatus.DRAFT : input.status();
        note.setStatus(status);
        if (status == NoteStatus.PUBLISHED && note.getPublishedAt() == null) {
            note.setPublishedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        }
        note.setCommentsOpen(input.commentsOpen() == null || input.commentsOpen());
        note.setSample(Boolean.TRUE.equals(input.sample()));
        replace(note.getCoalitionIds(), coalitionIds);
        replace(note.getAxisIds(), axisIds);
        replace(note.getTerritoryIds(), territoryIds);
        replace(note.getAuthorIds(), authorIds);
    }

    private static List<String> nonNull(List<String> slugs) {
        return slugs == null ? List.of() : slugs;
    }

    private static Set<Long> ids(Map<String, Long> bySlug, List<String> slugs) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String slug : nonNull(slugs)) {
            ids.add(bySlug.get(slug));
        }
        return ids;
    }

    private static void replace(Set<Long> target, Set<Long> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    // ---- mapping -------------------------------------------------------------------------

    private NoteView toView(Note n) {
        EventRef event = n.getEventId() == null
                ? null
                : events.refs(List.of(n.getEventId())).get(n.getEventId());
        return new NoteView(
                n.getSlug(),
                n.getTitle(),
                n.getExcerpt(),
                n.getBodyMarkdown(),
                n.getBodyHtml(),
                event,
                sortedCoalitions(n.getCoalitionIds(), coalitions.refs(n.getCoalitionIds())),
                sorted(n.getAxisIds(), axes.summaries(n.getAxisIds()), AxisSummary::name),
                sorted(n.getTerritoryIds(), territories.summaries(n.getTerritoryIds()), TerritorySummary::name),
                sorted(n.getAuthorIds(), actors.personSummaries(n.getAuthorIds()), PersonSummary::fullName),
                n.getStatus(),
                n.getPublishedAt(),
                n.isCommentsOpen(),
                n.isSample(),
                n.getUpdatedAt());
    }

    private static <T> List<T> sorted(Collection<Long> ids, Map<Long, T> byId, Function<T, String> key) {
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(key).thenComparing(Object::toString))
                .toList();
    }

    private static List<CoalitionRef> sortedCoalitions(Collection<Long> ids, Map<Long, CoalitionRef> byId) {
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(CoalitionRef::number))
                .toList();
    }
}
