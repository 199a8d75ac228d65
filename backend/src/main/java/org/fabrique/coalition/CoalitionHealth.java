package org.fabrique.coalition;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a coalition is doing, in numbers only (compact enough for the panorama's cards): allies
 * found against allies sought, impact progress, time in its current stage, recent activity.
 */
@Schema(name = "CoalitionHealth")
public record CoalitionHealth(
        @Schema(examples = "formations-superieures-numeriques-ethiques")
        String slug,

        Stage stage,
        Allies allies,
        Impacts impacts,
        StageTime stageTime,
        Activity recentActivity) {

    /** The allies the coalition's problems seek and the actors who joined on them. */
    @Schema(name = "CoalitionHealthAllies")
    public record Allies(
            @Schema(description = "Kinds of allies sought, summed over the problems", examples = "5")
            long sought,

            @Schema(description = "Distinct actors who joined on at least one problem", examples = "2")
            long found,

            @Schema(description = "Problems the coalition names", examples = "3")
            long problems,

            @Schema(description = "Problems with at least one actor who joined on them", examples = "1")
            long problemsWithAllies) {}

    /** Desired impacts and how far their latest measures go from baseline to target. */
    @Schema(name = "CoalitionHealthImpacts")
    public record Impacts(
            @Schema(description = "Desired impacts", examples = "2")
            long total,

            @Schema(description = "Desired impacts with at least one measure", examples = "1")
            long measured,

            @Schema(
                    description = "Mean progress of the measured impacts, from 0 (baseline) to 1 (target"
                            + " reached): (latest measure - baseline) / (target - baseline), a missing"
                            + " baseline read as 0, each clamped to [0, 1]; null when none is measured",
                    nullable = true,
                    examples = "0.35")
            Double progress) {}

    /** Since when the coalition is in its stage. */
    @Schema(name = "CoalitionHealthStageTime")
    public record StageTime(
            @Schema(description = "When the current stage began, as far as the platform knows")
            OffsetDateTime since,

            @Schema(description = "Whole days since then", examples = "40")
            long days,

            @Schema(
                    description = "What `since` is: STAGE_CHANGE, the date the coalition reached its current"
                            + " stage (LAST_UPDATE, its last update, was used before stage changes were dated)")
            StageClock source) {}

    /** What happened around the coalition lately. */
    @Schema(name = "CoalitionHealthActivity")
    public record Activity(
            @Schema(description = "Length of the window, in days", examples = "90")
            int days,

            @Schema(description = "Published notes about the coalition", examples = "1")
            long notes,

            @Schema(description = "Approved comments on the coalition", examples = "3")
            long comments,

            @Schema(description = "Memberships proposed or confirmed in the window", examples = "2")
            long newMemberships) {}
}
