package org.fabrique.coalition;

/** A coalition reached another stage: a CDI event fired in the transaction of the change. */
public record CoalitionStageChanged(long coalitionId, String slug, String title, Stage from, Stage to, long version) {}
