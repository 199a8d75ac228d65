package org.fabrique.graph;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The alliance graph: actors, coalitions, problems and territories, their links and measures. */
@Schema(name = "AllianceGraph")
public record GraphView(List<Node> nodes, List<Edge> edges, Measures measures) {

    /** What a node stands for. */
    public enum NodeKind {
        COALITION,
        ACTOR,
        PROBLEM,
        TERRITORY
    }

    /** What an edge says. */
    public enum EdgeKind {
        /** An actor is a member (proposed or confirmed) of a coalition; label: its role. */
        MEMBER_OF,
        /** A coalition faces a problem. */
        FACES_PROBLEM,
        /** An actor joined a coalition on a problem (an ally found). */
        ALLY_ON,
        /** A coalition is declined in a territory. */
        IN_TERRITORY,
        /** People suggested the actor as a potential ally of the coalition, and moderators accepted. */
        POTENTIAL_ALLY
    }

    @Schema(name = "GraphNode")
    public record Node(
            @Schema(
                    description = "Unique in the graph: kind and slug (a problem: its number)",
                    examples = "actor:latitudes")
            String id,

            NodeKind kind,
            @Schema(examples = "Latitudes") String label,

            @Schema(description = "The slug of the page of the node (a problem's is its coalition's)", nullable = true)
            String slug,

            @Schema(
                    description = "A coalition's stage, an actor's or a territory's kind",
                    nullable = true,
                    examples = "ASSOCIATION")
            String detail,

            @Schema(description = "The kinds of allies a problem seeks (empty for other nodes)")
            List<String> alliesSought,

            @Schema(description = "Number of edges of the node", examples = "3")
            int degree) {}

    @Schema(name = "GraphEdge")
    public record Edge(
            @Schema(examples = "actor:latitudes") String source,

            @Schema(examples = "coalition:formations-superieures-numeriques-ethiques")
            String target,

            EdgeKind kind,

            @Schema(description = "A membership's role and status", nullable = true, examples = "PILOT")
            String label) {}

    @Schema(name = "GraphMeasures")
    public record Measures(
            @Schema(description = "Actors that bridge coalitions: members of two coalitions or more, most first")
            List<Bridge> bridges,

            @Schema(description = "Problems no actor has joined on yet (node ids)")
            List<String> problemsWithoutAllies) {}

    @Schema(name = "GraphBridge")
    public record Bridge(
            @Schema(examples = "actor:latitudes") String node,
            @Schema(examples = "Latitudes") String label,

            @Schema(description = "The coalitions it belongs to (node ids)")
            List<String> coalitions) {}
}
