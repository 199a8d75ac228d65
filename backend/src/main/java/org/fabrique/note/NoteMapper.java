package org.fabrique.note;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.PersonSummary;
import org.fabrique.axis.AxisService;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.i18n.Localized;
import org.fabrique.common.i18n.Translations;
import org.fabrique.common.i18n.Translations.Source;
import org.fabrique.common.text.MarkdownRenderer;
import org.fabrique.event.EventRef;
import org.fabrique.event.EventService;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/** The views of notes, with what they embed loaded in one query per kind. */
@ApplicationScoped
public class NoteMapper {
    private final NoteRepository repository;
    private final EventService events;
    private final CoalitionDirectory coalitions;
    private final AxisService axes;
    private final TerritoryService territories;
    private final ActorService actors;

    private final Translations translations;
    private final MarkdownRenderer markdown;

    /** The kind of record of notes' translations. */
    public static final String KIND = "note";

    public NoteMapper(
            NoteRepository repository,
            EventService events,
            CoalitionDirectory coalitions,
            AxisService axes,
            TerritoryService territories,
            ActorService actors,
            Translations translations,
            MarkdownRenderer markdown) {
        this.translations = translations;
        this.markdown = markdown;
        this.repository = repository;
        this.events = events;
        this.coalitions = coalitions;
        this.axes = axes;
        this.territories = territories;
        this.actors = actors;
    }

    public NoteView view(Note n) {
        EventRef event = n.getEventId() == null
                ? null
                : events.refs(List.of(n.getEventId())).get(n.getEventId());
        Localized texts = translations.localize(KIND, n.getId(), source(n));
        boolean bodyTranslated = !texts.languages().texts().get("body").equals(n.getLang());
        return new NoteView(
                n.getSlug(),
                texts.text("title"),
                texts.text("excerpt"),
                texts.text("body"),
                bodyTranslated ? markdown.toHtml(texts.text("body")) : n.getBodyHtml(),
                event,
                sortedCoalitions(n.getCoalitionIds(), coalitions.refs(n.getCoalitionIds())),
                sorted(n.getAxisIds(), axes.summaries(n.getAxisIds()), AxisSummary::name),
                sorted(n.getTerritoryIds(), territories.summaries(n.getTerritoryIds()), TerritorySummary::name),
                sorted(n.getAuthorIds(), actors.personSummaries(n.getAuthorIds()), PersonSummary::fullName),
                n.getStatus(),
                n.getPublishedAt(),
                n.isCommentsOpen(),
                n.isSample(),
                n.getUpdatedAt(),
                texts.languages());
    }

    /** The translatable texts of a note, by field name (body: the Markdown source). */
    public static Source source(Note n) {
        return Source.of(n.getLang(), "title", n.getTitle(), "excerpt", n.getExcerpt(), "body", n.getBodyMarkdown());
    }

    /** Summaries of list rows: their links in one query per collection, then one per kind embedded. */
    public List<NoteSummary> summaries(List<NoteRow> rows) {
        List<Long> ids = rows.stream().map(NoteRow::id).toList();
        Map<Long, Set<Long>> authorsOf = repository.links("authorIds", ids);
        Map<Long, Set<Long>> coalitionsOf = repository.links("coalitionIds", ids);
        Map<Long, Set<Long>> axesOf = repository.links("axisIds", ids);
        Set<Long> eventIds = new HashSet<>();
        rows.stream().map(NoteRow::eventId).filter(Objects::nonNull).forEach(eventIds::add);
        Map<Long, EventRef> eventRefs = events.refs(eventIds);
        Map<Long, PersonSummary> people = actors.personSummaries(union(authorsOf));
        Map<Long, CoalitionRef> coalitionRefs = coalitions.refs(union(coalitionsOf));
        Map<Long, AxisSummary> axisSummaries = axes.summaries(union(axesOf));
        Map<Long, Source> sources = new java.util.LinkedHashMap<>();
        rows.forEach(n -> sources.put(n.id(), Source.of(n.lang(), "title", n.title(), "excerpt", n.excerpt())));
        Map<Long, Localized> texts = translations.localize(KIND, sources);
        return rows.stream()
                .map(n -> new NoteSummary(
                        n.slug(),
                        texts.get(n.id()).text("title"),
                        texts.get(n.id()).text("excerpt"),
                        n.eventId() == null ? null : eventRefs.get(n.eventId()),
                        n.status(),
                        n.publishedAt(),
                        sorted(authorsOf.getOrDefault(n.id(), Set.of()), people, PersonSummary::fullName),
                        sortedCoalitions(coalitionsOf.getOrDefault(n.id(), Set.of()), coalitionRefs),
                        sorted(axesOf.getOrDefault(n.id(), Set.of()), axisSummaries, AxisSummary::name),
                        n.sample(),
                        texts.get(n.id()).languages()))
                .toList();
    }

    private static Set<Long> union(Map<Long, Set<Long>> links) {
        Set<Long> all = new HashSet<>();
        links.values().forEach(all::addAll);
        return all;
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
