package org.fabrique.participation.suggestion;

/** An actor that people suggested as a potential ally of a coalition and moderators accepted. */
public record PotentialAlly(long coalitionId, long actorId) {}
