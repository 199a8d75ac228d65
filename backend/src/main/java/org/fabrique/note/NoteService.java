package org.fabrique.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.fabrique.actor.ActorService;
import org.fabrique.axis.AxisService;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.i18n.TranslationInput;
import org.fabrique.common.i18n.Translations;
import org.fabrique.common.i18n.TranslationsView;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.IdSets;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.common.persistence.SlugCatalogue;
import org.fabrique.common.text.MarkdownRenderer;
import org.fabrique.common.text.TextNormalizer;
import org.fabrique.event.EventService;
import org.fabrique.territory.TerritoryService;

/** Notes and articles: Markdown rendered and sanitised at write time, drafts hidden from the public. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NoteService {
    public static final Set<String> SORTS = Set.of("publishedAt", "title");
    public static final String DEFAULT_SORT = "-publishedAt";
    public static final int EXCERPT_LENGTH = 280;
    private static final SlugCatalogue<Note> NOTES = new SlugCatalogue<>(Note.class, "note");

    /** Which notes a list shows; anything but PUBLISHED is for editors and admins. */
    public enum Visibility {
        PUBLISHED,
        DRAFT,
        ALL
    }

    /** Filters of the note list as the client gave them (slugs, not ids). */
    public record Filters(Visibility status, String event, String coalition, String axis, String territory, String q) {}

    private final NoteRepository repository;
    private final NoteMapper mapper;
    private final EventService events;
    private final CoalitionDirectory coalitions;
    private final AxisService axes;
    private final TerritoryService territories;
    private final ActorService actors;
    private final MarkdownRenderer markdown;
    private final ListTotals totals;

    private final Translations translations;

    /** The originals and translations of a note's texts (for editors). */
    public TranslationsView translations(String slug) {
        Note note = NOTES.load(slug);
        return translations.view(NoteMapper.KIND, note.getId(), NoteMapper.source(note));
    }

    /** Writes a translation of a note's texts (editors and administrators, as for editing it). */
    @Transactional
    public TranslationsView translate(String slug, String lang, TranslationInput input) {
        Note note = NOTES.load(slug);
        return translations.translate(NoteMapper.KIND, note, NoteMapper.source(note), lang, input);
    }

    @Transactional
    public void deleteTranslation(String slug, String lang) {
        translations.deleteTranslation(NoteMapper.KIND, NOTES.load(slug), lang);
    }

    public NoteService(
            NoteRepository repository,
            NoteMapper mapper,
            EventService events,
            CoalitionDirectory coalitions,
            AxisService axes,
            TerritoryService territories,
            ActorService actors,
            MarkdownRenderer markdown,
            ListTotals totals,
            Translations translations) {
        this.translations = translations;
        this.repository = repository;
        this.mapper = mapper;
        this.events = events;
        this.coalitions = coalitions;
        this.axes = axes;
        this.territories = territories;
        this.actors = actors;
        this.markdown = markdown;
        this.totals = totals;
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
        } catch (NoSuchElementException unknownSlug) {
            return Page.of(List.of(), request, 0);
        }
        NoteCriteria criteria = new NoteCriteria(
                statuses,
                eventId,
                coalitionId,
                axisId,
                territoryIds,
                f.q() == null ? List.of() : TextNormalizer.terms(f.q()));
        ListQuery.Rows<NoteRow> rows = repository.page(criteria, request, totals);
        return Page.of(mapper.summaries(rows.items()), request, rows.total(), rows.nextCursor());
    }

    /** One note; a draft is 404 unless {@code canSeeDrafts}. */
    public Versioned<NoteView> get(String slug, boolean canSeeDrafts) {
        Note note = NOTES.find(slug)
                .filter(n -> canSeeDrafts || n.getStatus() == NoteStatus.PUBLISHED)
                .orElseThrow(() -> DomainException.notFound("note", slug));
        return versioned(note);
    }

    // ---- contracts for other features ------------------------------------------------------

    public long countPublished() {
        return repository.countPublished();
    }

    /** Whether a published note accepts new comments; empty when there is no such published note. */
    public Optional<Boolean> commentsOpen(String slug) {
        return NOTES.find(slug)
                .filter(n -> n.getStatus() == NoteStatus.PUBLISHED)
                .map(Note::isCommentsOpen);
    }

    /** The id of a published note (what the public may comment on), or empty. */
    public Optional<Long> publishedIdOf(String slug) {
        return NOTES.find(slug)
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
    public Versioned<NoteView> create(NoteInput input) {
        return versioned(NOTES.create(input.slug(), input.title(), Note::new, note -> apply(note, input)));
    }

    @Transactional
    public Versioned<NoteView> update(String slug, NoteInput input, String ifMatch) {
        return versioned(NOTES.update(slug, input.slug(), ifMatch, note -> apply(note, input)));
    }

    @Transactional
    public void delete(String slug) {
        NOTES.delete(slug);
    }

    private Versioned<NoteView> versioned(Note note) {
        return new Versioned<>(mapper.view(note), note.getVersion());
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
            note.setPublishedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        }
        note.setCommentsOpen(input.commentsOpen() == null || input.commentsOpen());
        note.setSample(Boolean.TRUE.equals(input.sample()));
        IdSets.replace(note.getCoalitionIds(), coalitionIds);
        IdSets.replace(note.getAxisIds(), axisIds);
        IdSets.replace(note.getTerritoryIds(), territoryIds);
        IdSets.replace(note.getAuthorIds(), authorIds);
    }

    private static List<String> nonNull(List<String> slugs) {
        return slugs == null ? List.of() : slugs;
    }

    private static Set<Long> ids(Map<String, Long> bySlug, List<String> slugs) {
        return IdSets.inOrder(bySlug, slugs);
    }
}
