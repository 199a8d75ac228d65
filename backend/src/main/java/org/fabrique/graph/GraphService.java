package org.fabrique.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.axis.AxisService;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionNetwork;
import org.fabrique.coalition.Stage;
import org.fabrique.common.error.DomainException;
import org.fabrique.participation.suggestion.PotentialAlly;
import org.fabrique.participation.suggestion.SuggestionService;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/** Builds the alliance graph from the coalitions' network and the actors' and territories' names. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GraphService {
    private final CoalitionDirectory coalitions;
    private final AxisService axes;
    private final ActorService actors;
    private final TerritoryService territories;
    private final SuggestionService suggestions;

    public GraphService(
            CoalitionDirectory coalitions,
            AxisService axes,
            ActorService actors,
            TerritoryService territories,
            SuggestionService suggestions) {
        this.suggestions = suggestions;
        this.coalitions = coalitions;
        this.axes = axes;
        this.actors = actors;
        this.territories = territories;
    }

    /** The graph of the coalitions in the axis, the territory (or below it) and the stage given. */
    public GraphView graph(String axis, String territory, Stage stage) {
        Long axisId = axis == null
                ? null
                : axes.idOf(axis)
                        .orElseThrow(() -> DomainException.invalidQueryParameter("axis", "no axis has this slug"));
        Set<Long> territoryIds = territory == null
                ? null
                : territories
                        .idOf(territory)
                        .map(territories::selfAndDescendantIds)
                        .orElseThrow(
                                () -> DomainException.invalidQueryParameter("territory", "no territory has this slug"));
        CoalitionNetwork network = coalitions.network(axisId, territoryIds, stage);
        List<PotentialAlly> potential = suggestions.actorAlliesOf(
                network.coalitions().stream().map(CoalitionNetwork.Node::id).toList());
        return build(network, potential);
    }

    private GraphView build(CoalitionNetwork network, List<PotentialAlly> potential) {
        Set<Long> actorIds = new HashSet<>();
        potential.forEach(p -> actorIds.add(p.actorId()));
        network.members().forEach(m -> actorIds.add(m.actorId()));
        network.problems().forEach(p -> actorIds.addAll(p.actorIds()));
        Map<Long, ActorSummary> actorsById = actors.summaries(actorIds);
        Map<Long, TerritorySummary> territoriesById = territories.summaries(network.declensions().stream()
                .map(CoalitionNetwork.Declension::territoryId)
                .collect(java.util.stream.Collectors.toSet()));
        Map<Long, String> coalitionNode = new HashMap<>();
        Map<String, GraphView.Node> nodes = new LinkedHashMap<>();
        List<GraphView.Edge> edges = new ArrayList<>();
        for (CoalitionNetwork.Node c : network.coalitions()) {
            String id = "coalition:" + c.slug();
            coalitionNode.put(c.id(), id);
            nodes.put(
                    id,
                    node(
                            id,
                            GraphView.NodeKind.COALITION,
                            "#" + c.number() + " " + c.title(),
                            c.slug(),
                            c.stage().name(),
                            List.of()));
        }
        List<String> unallied = new ArrayList<>();
        for (CoalitionNetwork.Problem p : network.problems()) {
            String id = "problem:" + p.id();
            String coalition = coalitionNode.get(p.coalitionId());
            nodes.put(
                    id,
                    node(
                            id,
                            GraphView.NodeKind.PROBLEM,
                            p.title(),
                            coalition.substring("coalition:".length()),
                            null,
                            p.alliesSought()));
            edges.add(new GraphView.Edge(coalition, id, GraphView.EdgeKind.FACES_PROBLEM, null));
            List<String> allies = p.actorIds().stream()
                    .map(a -> actorNode(actorsById, a, nodes))
                    .filter(a -> a != null)
                    .toList();
            allies.forEach(a -> edges.add(new GraphView.Edge(a, id, GraphView.EdgeKind.ALLY_ON, null)));
            if (allies.isEmpty()) {
                unallied.add(id);
            }
        }
        Map<String, Set<String>> coalitionsOfActor = new LinkedHashMap<>();
        for (CoalitionNetwork.Member m : network.members()) {
            String actor = actorNode(actorsById, m.actorId(), nodes);
            if (actor == null) {
                continue;
            }
            String coalition = coalitionNode.get(m.coalitionId());
            edges.add(new GraphView.Edge(actor, coalition, GraphView.EdgeKind.MEMBER_OF, m.role() + " " + m.status()));
            coalitionsOfActor.computeIfAbsent(actor, k -> new LinkedHashSet<>()).add(coalition);
        }
        for (PotentialAlly p : potential) {
            String actor = actorNode(actorsById, p.actorId(), nodes);
            if (actor != null) {
                edges.add(new GraphView.Edge(
                        actor, coalitionNode.get(p.coalitionId()), GraphView.EdgeKind.POTENTIAL_ALLY, null));
            }
        }
        for (CoalitionNetwork.Declension d : network.declensions()) {
            TerritorySummary t = territoriesById.get(d.territoryId());
            if (t == null) {
                continue;
            }
            String id = "territory:" + t.slug();
            nodes.computeIfAbsent(
                    id,
                    k -> node(
                            k,
                            GraphView.NodeKind.TERRITORY,
                            t.name(),
                            t.slug(),
                            t.kind().name(),
                            List.of()));
            edges.add(
                    new GraphView.Edge(coalitionNode.get(d.coalitionId()), id, GraphView.EdgeKind.IN_TERRITORY, null));
        }
        return new GraphView(
                withDegrees(nodes, edges), edges, new GraphView.Measures(bridges(coalitionsOfActor, nodes), unallied));
    }

    private static String actorNode(
            Map<Long, ActorSummary> actorsById, long actorId, Map<String, GraphView.Node> nodes) {
        ActorSummary a = actorsById.get(actorId);
        if (a == null) {
            return null;
        }
        String id = "actor:" + a.slug();
        nodes.computeIfAbsent(
                id,
                k -> node(
                        k,
                        GraphView.NodeKind.ACTOR,
                        a.name(),
                        a.slug(),
                        a.kind().name(),
                        List.of()));
        return id;
    }

    private static GraphView.Node node(
            String id, GraphView.NodeKind kind, String label, String slug, String detail, List<String> alliesSought) {
        return new GraphView.Node(id, kind, label, slug, detail, alliesSought, 0);
    }

    private static List<GraphView.Node> withDegrees(Map<String, GraphView.Node> nodes, List<GraphView.Edge> edges) {
        Map<String, Integer> degree = new HashMap<>();
        edges.forEach(e -> {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
        });
        return nodes.values().stream()
                .map(n -> new GraphView.Node(
                        n.id(),
                        n.kind(),
                        n.label(),
                        n.slug(),
                        n.detail(),
                        n.alliesSought(),
                        degree.getOrDefault(n.id(), 0)))
                .toList();
    }

    /** Actors in two coalitions or more: most coalitions first, then by name. */
    private static List<GraphView.Bridge> bridges(
            Map<String, Set<String>> coalitionsOfActor, Map<String, GraphView.Node> nodes) {
        return coalitionsOfActor.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .map(e -> new GraphView.Bridge(e.getKey(), nodes.get(e.getKey()).label(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparingInt(
                                (GraphView.Bridge b) -> -b.coalitions().size())
                        .thenComparing(GraphView.Bridge::label))
                .toList();
    }
}
