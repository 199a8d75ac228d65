package org.fabrique.panorama;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.actor.ActorService;
import org.fabrique.axis.AxisService;
import org.fabrique.axis.AxisView;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionSummary;
import org.fabrique.common.cache.CacheDependency;
import org.fabrique.common.cache.ChangeFeed;
import org.fabrique.event.EventService;
import org.fabrique.note.NoteService;
import org.fabrique.participation.suggestion.AxisSuggestions;
import org.fabrique.participation.suggestion.SuggestionService;

/** Composes the panorama from the axis, coalition, actor, event and note services. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PanoramaService {
    private final AxisService axes;
    private final CoalitionDirectory coalitions;
    private final ActorService actors;
    private final EventService events;
    private final NoteService notes;
    private final SuggestionService suggestions;
    private final ChangeFeed changes;
    private final Cache cache;

    public PanoramaService(
            AxisService axes,
            CoalitionDirectory coalitions,
            ActorService actors,
            EventService events,
            NoteService notes,
            SuggestionService suggestions,
            ChangeFeed changes,
            @CacheName(CACHE) Cache cache) {
        this.suggestions = suggestions;
        this.changes = changes;
        this.cache = cache;
        this.axes = axes;
        this.coalitions = coalitions;
        this.actors = actors;
        this.events = events;
        this.notes = notes;
    }

    /** Panoramas by the number of coalitions per axis, emptied when what they show changes. */
    static final String CACHE = "panorama";

    @Produces
    @Singleton
    static CacheDependency cache() {
        return new CacheDependency(
                CACHE,
                Set.of(
                        "axis",
                        "coalition",
                        "coalition_axis",
                        "coalition_keyword",
                        "membership",
                        "coalition_problem",
                        "problem_ally_kind",
                        "problem_actor",
                        "desired_impact",
                        "impact_measure",
                        "note_coalition",
                        "suggestion",
                        "actor",
                        "event",
                        "note"));
    }

    /**
     * The panorama: computed once, then served from the cache until an axis, a coalition, a
     * membership, an accepted suggestion, a total or what the coalitions' health reads changes on
     * any replica ({@link ChangeFeed}). The health also moves with the clock and with comments,
     * which send no change notification: the key holds the day, and entries expire after five
     * minutes (application.properties).
     */
    public PanoramaView panorama(int coalitionsPerAxis) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return changes.read(cache, new Key(coalitionsPerAxis, today), () -> compute(coalitionsPerAxis));
    }

    /** A panorama per size and per day (its coalitions' health counts days). */
    private record Key(int coalitionsPerAxis, LocalDate day) {}

    private PanoramaView compute(int coalitionsPerAxis) {
        PanoramaView panorama = computeWithoutHealth(coalitionsPerAxis);
        return panorama.withHealth(coalitions.health(panorama.coalitionSlugs()));
    }

    private PanoramaView computeWithoutHealth(int coalitionsPerAxis) {
        PanoramaView.Totals totals =
                new PanoramaView.Totals(coalitions.count(), actors.count(), events.count(), notes.countPublished());
        Map<Long, AxisView> all = axes.listById();
        Map<Long, List<CoalitionSummary>> byAxis = coalitions.summariesByAxis(all.keySet(), coalitionsPerAxis);
        Map<Long, AxisSuggestions> accepted = suggestions.acceptedByAxis(all.keySet());
        List<PanoramaView.AxisPanel> panels = all.entrySet().stream()
                .map(e -> panel(
                        e.getValue(),
                        byAxis.getOrDefault(e.getKey(), List.of()),
                        accepted.getOrDefault(e.getKey(), AxisSuggestions.NONE)))
                .toList();
        return new PanoramaView(panels, totals, Map.of());
    }

    private static PanoramaView.AxisPanel panel(
            AxisView a, List<CoalitionSummary> coalitions, AxisSuggestions suggested) {
        return new PanoramaView.AxisPanel(
                a.slug(),
                a.name(),
                a.description(),
                a.colour(),
                a.position(),
                a.keywords(),
                a.coalitionCount(),
                coalitions,
                suggested.missingSubjects(),
                suggested.potentialAllies());
    }
}
