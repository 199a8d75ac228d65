package org.fabrique.panorama;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.fabrique.actor.ActorService;
import org.fabrique.axis.AxisService;
import org.fabrique.axis.AxisView;
import org.fabrique.coalition.CoalitionService;
import org.fabrique.coalition.CoalitionSummary;
import org.fabrique.common.persistence.CommittedWrites;
import org.fabrique.event.EventService;
import org.fabrique.note.NoteService;
import org.fabrique.suggestion.AxisSuggestions;
import org.fabrique.suggestion.SuggestionService;

/** Composes the panorama from the axis, coalition, actor, event and note services. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PanoramaService {
    private final AxisService axes;
    private final CoalitionService coalitions;
    private final ActorService actors;
    private final EventService events;
    private final NoteService notes;
    private final SuggestionService suggestions;

    public PanoramaService(
            AxisService axes,
            CoalitionService coalitions,
            ActorService actors,
            EventService events,
            NoteService notes,
            SuggestionService suggestions) {
        this.suggestions = suggestions;
        this.axes = axes;
        this.coalitions = coalitions;
        this.actors = actors;
        this.events = events;
        this.notes = notes;
    }

    /**
     * The panorama, recomputed only when something it shows changed. The cache key is a stamp read
     * from the database (counts and latest update times), so that every replica sees a change:
     * another replica's write within {@code fabrique.panorama.stamp-interval} (100 ms), as the stamp is read at most that often
     * (its counts scan indexes of every coalition and membership, which cost more than the cached
     * panorama itself); this replica's own writes at once, as a commit here
     * ({@link CommittedWrites}) makes the next request read the stamp again.
     */
    public PanoramaView panorama(int coalitionsPerAxis) {
        Stamp stamp = stamp();
        Cached cached = cache.get(coalitionsPerAxis);
        if (cached != null && cached.stamp().equals(stamp.value())) {
            return cached.view();
        }
        PanoramaView view = compute(coalitionsPerAxis, stamp.totals());
        if (cache.size() < 16 || cache.containsKey(coalitionsPerAxis)) {
            cache.put(coalitionsPerAxis, new Cached(stamp.value(), view));
        }
        return view;
    }

    /** How long the stamp read from the database serves other requests (100 ms by default). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(
            name = "fabrique.panorama.stamp-interval",
            defaultValue = "100ms")
    java.time.Duration stampInterval;

    private record Stamp(String value, PanoramaView.Totals totals, long localWrites, long readAt) {}

    private volatile Stamp lastStamp;

    private Stamp stamp() {
        long localWrites = CommittedWrites.total();
        long now = System.nanoTime();
        Stamp last = lastStamp;
        if (last != null && last.localWrites() == localWrites && now - last.readAt() < stampInterval.toNanos()) {
            return last;
        }
        PanoramaView.Totals totals =
                new PanoramaView.Totals(coalitions.count(), actors.count(), events.count(), notes.countPublished());
        String value =
                axes.changeStamp() + "|" + coalitions.changeStamp() + "|" + suggestions.changeStamp() + "|" + totals;
        Stamp read = new Stamp(value, totals, localWrites, now);
        lastStamp = read;
        return read;
    }

    private record Cached(String stamp, PanoramaView view) {}

    private final java.util.concurrent.ConcurrentHashMap<Integer, Cached> cache =
            new java.util.concurrent.ConcurrentHashMap<>();

    private PanoramaView compute(int coalitionsPerAxis, PanoramaView.Totals totals) {
        Map<Long, AxisView> all = axes.listById();
        Map<Long, List<CoalitionSummary>> byAxis = coalitions.summariesByAxis(all.keySet(), coalitionsPerAxis);
        Map<Long, AxisSuggestions> accepted = suggestions.acceptedByAxis(all.keySet());
        List<PanoramaView.AxisPanel> panels = all.entrySet().stream()
                .map(e -> panel(
                        e.getValue(),
                        byAxis.getOrDefault(e.getKey(), List.of()),
                        accepted.getOrDefault(e.getKey(), AxisSuggestions.NONE)))
                .toList();
        return new PanoramaView(panels, totals);
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
