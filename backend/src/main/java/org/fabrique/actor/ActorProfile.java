package org.fabrique.actor;

import java.util.Set;

/** What matching allies reads of an actor: its kind, territory, parent and expertise keywords. */
public record ActorProfile(long id, ActorKind kind, Long territoryId, Set<String> expertise) {}
