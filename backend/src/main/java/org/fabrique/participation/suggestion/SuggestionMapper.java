package org.fabrique.participation.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.axis.AxisService;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.report.ReportView;
import org.fabrique.participation.report.Reports;
import org.fabrique.participation.submission.SpamDecisionView;
import org.fabrique.participation.submission.SpamGuard;

/** Every view of a suggestion: public, per axis for the panorama, the moderators'. */
@ApplicationScoped
public class SuggestionMapper {
    private final AxisService axes;
    private final CoalitionDirectory coalitions;
    private final ActorService actors;
    private final SpamGuard guard;
    private final Reports reports;

    public SuggestionMapper(
            AxisService axes, CoalitionDirectory coalitions, ActorService actors, SpamGuard guard, Reports reports) {
        this.axes = axes;
        this.coalitions = coalitions;
        this.actors = actors;
        this.guard = guard;
        this.reports = reports;
    }

    /** Public views, with the actors created from accepted allies (one query). */
    public List<SuggestionView> views(List<Suggestion> rows) {
        Map<Long, ActorSummary> actorRefs = actorsOf(rows);
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

    /** The suggestions of each axis, split into missing subjects and potential allies, in order. */
    public Map<Long, AxisSuggestions> byAxis(List<Suggestion> rows) {
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

    /** Suggestions as moderators see them: author, e-mail, spam decisions, reports (constant queries). */
    public List<ModeratedSuggestion> moderated(List<Suggestion> rows) {
        List<Long> ids = rows.stream().map(Suggestion::getId).toList();
        Map<Long, List<SpamDecisionView>> decisions = guard.decisionsOf(ContributionKind.SUGGESTION, ids);
        Map<Long, List<ReportView>> open = reports.openOf(ContributionKind.SUGGESTION, ids);
        Set<Long> axisIds = collect(rows, Suggestion::getAxisId);
        Set<Long> coalitionIds = collect(rows, Suggestion::getCoalitionId);
        Map<Long, AxisSummary> axisRefs = axisIds.isEmpty() ? Map.of() : axes.summaries(axisIds);
        Map<Long, CoalitionRef> coalitionRefs = coalitionIds.isEmpty() ? Map.of() : coalitions.refs(coalitionIds);
        Map<Long, ActorSummary> actorRefs = actorsOf(rows);
        return rows.stream()
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
                .toList();
    }

    private Map<Long, ActorSummary> actorsOf(List<Suggestion> rows) {
        Set<Long> actorIds = collect(rows, Suggestion::getActorId);
        return actorIds.isEmpty() ? Map.of() : actors.summaries(actorIds);
    }

    private static Set<Long> collect(List<Suggestion> rows, Function<Suggestion, Long> field) {
        Set<Long> ids = new HashSet<>();
        rows.stream().map(field).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }
}
