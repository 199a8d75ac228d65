package org.fabrique.opendata;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.fabrique.actor.PersonSummary;
import org.fabrique.axis.AxisService;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionExport;
import org.fabrique.common.cache.CacheDependency;
import org.fabrique.common.cache.ChangeFeed;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.event.EventService;
import org.fabrique.event.EventSummary;
import org.fabrique.event.EventView;
import org.fabrique.note.NoteService;
import org.fabrique.note.NoteSummary;
import org.fabrique.territory.TerritoryService;

/**
 * The feeds: an iCalendar of events (all, or those of a coalition or a territory and the
 * territories below it) and Atom feeds of published notes and of coalitions. Each answer is
 * cached and emptied by any change, like the archive. A filter naming nothing is a 404.
 */
@ApplicationScoped
public class FeedService {
    static final String EVENTS_PATH = "/api/v1/feeds/events.ics";
    static final String NOTES_PATH = "/api/v1/feeds/notes.atom";
    static final String COALITIONS_PATH = "/api/v1/feeds/coalitions.atom";
    static final int ENTRIES = 50;
    static final String CACHE = "open-data-feeds";

    private final EventService events;
    private final NoteService notes;
    private final CoalitionDirectory coalitions;
    private final AxisService axes;
    private final TerritoryService territories;
    private final OpenDataService openData;
    private final OpenDataConfig links;
    private final ChangeFeed changes;
    private final Cache cache;

    public FeedService(
            EventService events,
            NoteService notes,
            CoalitionDirectory coalitions,
            AxisService axes,
            TerritoryService territories,
            OpenDataService openData,
            OpenDataConfig links,
            ChangeFeed changes,
            @CacheName(CACHE) Cache cache) {
        this.events = events;
        this.notes = notes;
        this.coalitions = coalitions;
        this.axes = axes;
        this.territories = territories;
        this.openData = openData;
        this.links = links;
        this.changes = changes;
        this.cache = cache;
    }

    @Produces
    @Singleton
    static CacheDependency cache() {
        return CacheDependency.onAnyChange(CACHE);
    }

    /** The events (and their timed sessions) as iCalendar, optionally of one coalition or territory. */
    @Transactional
    public String eventCalendar(String coalition, String territory) {
        check("coalition", coalition, coalitions::idOf);
        check("territory", territory, territories::idOf);
        return changes.read(cache, List.of("ics", key(coalition), key(territory)), () -> {
            List<EventView> all = new ArrayList<>();
            int p = 0;
            Page<EventSummary> page;
            do {
                page = events.list(
                        new EventService.Filters(null, null, null, coalition, territory, null, null),
                        new PageRequest(p++, PageRequest.MAX_SIZE, "startsAt", false));
                page.items().forEach(e -> all.add(events.get(e.slug()).view()));
            } while (p < page.totalPages());
            String name = "Fabrique — "
                    + (coalition != null
                            ? "coalition " + coalition
                            : territory != null ? "territoire " + territory : "événements");
            return EventCalendar.write(name, all, links);
        });
    }

    /** The latest published notes, newest first, optionally of a coalition, an axis or a territory. */
    @Transactional
    public String notesFeed(String coalition, String axis, String territory) {
        check("coalition", coalition, coalitions::idOf);
        check("axis", axis, axes::idOf);
        check("territory", territory, territories::idOf);
        return changes.read(cache, List.of("notes", key(coalition), key(axis), key(territory)), () -> {
            List<NoteSummary> latest = notes.list(
                            new NoteService.Filters(
                                    NoteService.Visibility.PUBLISHED, null, coalition, axis, territory, null),
                            new PageRequest(0, ENTRIES, "publishedAt", true),
                            false)
                    .items();
            List<AtomFeeds.Entry> entries = latest.stream()
                    .map(n -> new AtomFeeds.Entry(
                            n.title(),
                            links.spa("/notes/" + n.slug()),
                            n.excerpt(),
                            n.authors().stream().map(PersonSummary::fullName).toList(),
                            n.publishedAt(),
                            n.publishedAt()))
                    .toList();
            OffsetDateTime updated = latest.stream()
                    .map(NoteSummary::publishedAt)
                    .filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElseGet(FeedService::now);
            return AtomFeeds.write(
                    "Fabrique — notes",
                    links.api(NOTES_PATH) + query("coalition", coalition, "axis", axis, "territory", territory),
                    links.spa("/notes"),
                    updated,
                    entries);
        });
    }

    /** The coalitions, the latest changed first. */
    public String coalitionsFeed() {
        List<CoalitionExport> latest = openData.snapshot().coalitions().stream()
                .sorted(Comparator.comparing(
                        CoalitionExport::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(ENTRIES)
                .toList();
        List<AtomFeeds.Entry> entries = latest.stream()
                .map(c -> new AtomFeeds.Entry(
                        "#" + c.number() + " " + c.title(),
                        links.spa("/coalitions/" + c.slug()),
                        c.summary(),
                        List.of(),
                        c.createdAt(),
                        c.updatedAt()))
                .toList();
        OffsetDateTime updated = latest.isEmpty() || latest.getFirst().updatedAt() == null
                ? now()
                : latest.getFirst().updatedAt();
        return AtomFeeds.write(
                "Fabrique — coalitions", links.api(COALITIONS_PATH), links.spa("/coalitions"), updated, entries);
    }

    private static void check(String field, String slug, Function<String, Optional<Long>> idOf) {
        if (slug != null && idOf.apply(slug).isEmpty()) {
            throw DomainException.notFound(field, slug);
        }
    }

    private static String key(String value) {
        return value == null ? "" : value;
    }

    private static String query(String... pairs) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                q.append(q.isEmpty() ? '?' : '&').append(pairs[i]).append('=').append(pairs[i + 1]);
            }
        }
        return q.toString();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
