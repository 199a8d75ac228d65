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
     * from the database (counts and latest update times), so that every replica sees a change at
     * once: no replica serves a stale panorama after a write anywhere.
     */
    public PanoramaView panorama(int coalitionsPerAxis) {
        PanoramaView.Totals totals =
                new PanoramaView.Totals(coalitions.count(), actors.count(), events.count(), notes.countPublished());
        String stamp =
                axes.changeStamp() + "|" + coalitions.changeStamp() + "|" + suggestions.changeStamp() + "|" + totals;
        Cached cached = cache.get(coalitionsPerAxis);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.view();
        }
        PanoramaView view = compute(coalitionsPerAxis, totals);
        if (cache.size() < 16 || cache.containsKey(coalitionsPerAxis)) {
            cache.put(coalitionsPerAxis, new Cached(stamp, view));
        }
        return view;
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
