package org.fabrique.coalition;

/**
 * Where the start of a coalition's current stage is read from: the dated stage changes
 * ({@code coalition_stage_change}, V40); the last update stood for it before they were kept
 * ({@link CoalitionHealthRepository#STAGE_SINCE}).
 */
public enum StageClock {
    /** The coalition's last update (any edit, not only a change of stage). */
    LAST_UPDATE,
    /** The date the stage changed (stage history). */
    STAGE_CHANGE
}
