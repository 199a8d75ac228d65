package org.fabrique.coalition;

import java.util.List;

/**
 * The links of a set of coalitions, as ids, for the read models that draw them as a network: the
 * coalitions, their problems (with the kinds of allies sought and the actors who joined on each),
 * their members and the territories where they are declined.
 */
public record CoalitionNetwork(
        List<Node> coalitions, List<Problem> problems, List<Member> members, List<Declension> declensions) {

    /** A coalition of the network. */
    public record Node(long id, String slug, int number, String title, Stage stage) {}

    /** A problem a coalition faces, the allies it seeks and the actors who joined on it. */
    public record Problem(long id, long coalitionId, String title, List<String> alliesSought, List<Long> actorIds) {}

    /**
     * An actor's membership that is proposed or confirmed, or invited in the network of one
     * coalition (role and status as the enums name them).
     */
    public record Member(long coalitionId, long actorId, String role, String status) {}

    /** A territory where a coalition is declined. */
    public record Declension(long coalitionId, long territoryId) {}
}
