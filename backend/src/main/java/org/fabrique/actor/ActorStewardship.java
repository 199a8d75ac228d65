package org.fabrique.actor;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the caller, neither admin nor editor, may change an actor and its people: the accounts
 * linked to the actor, and the coordinators of every coalition the actor is a confirmed member of
 * (an actor in no coalition: the coordinator who created it). Implemented by the coalition feature (which depends on
 * actor and account).
 */
public interface ActorStewardship {
    /**
     * Whether the caller may change the actor; {@code creator} gives the subject of whoever created it,
     * asked only for an actor in no coalition (which belongs to its creator).
     */
    boolean mayEdit(long actorId, Supplier<Optional<String>> creator);

    /**
     * Whether the caller might own some actor (a coordinator, or an account linked to an actor):
     * for an unknown slug, such a caller gets the endpoint's 404, anyone else 403.
     */
    boolean mayEditSome();
}
