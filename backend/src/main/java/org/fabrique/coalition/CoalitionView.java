package org.fabrique.coalition;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.canvas.ExperienceView;
import org.fabrique.coalition.canvas.ImpactView;
import org.fabrique.coalition.canvas.ProblemView;
import org.fabrique.coalition.membership.MembershipView;
import org.fabrique.coalition.territorial.TerritorialCoalitionView;
import org.fabrique.common.i18n.TextLanguages;

/** A coalition and its whole canvas, members, territorial declensions and governance warnings. */
@Schema(name = "Coalition")
public record CoalitionView(
        @Schema(examples = "3") int number,

        @Schema(examples = "formations-superieures-numeriques-ethiques")
        String slug,

        String title,
        String summary,

        @Schema(description = "The transformative intention")
        String intention,

        String vision,
        Stage stage,

        @Schema(readOnly = true, description = "The stages reached, oldest first, with their dates")
        List<StageReached> stageHistory,

        List<AxisSummary> axes,
        List<String> keywords,
        @Schema(nullable = true) CoalitionRef parent,

        @Schema(readOnly = true, description = "Sub-coalitions, by number")
        List<CoalitionRef> children,

        List<ExperienceView> experiences,
        List<ProblemView> problems,
        List<ImpactView> impacts,
        @Schema(readOnly = true) List<MembershipView> members,
        @Schema(readOnly = true) List<TerritorialCoalitionView> territories,
        @Schema(readOnly = true) GovernanceWarnings governance,
        boolean sample,

        @Schema(description = "Whether new comments are accepted")
        boolean commentsOpen,

        @Schema(readOnly = true) OffsetDateTime createdAt,
        @Schema(readOnly = true) OffsetDateTime updatedAt,
        @Schema(readOnly = true) TextLanguages languages) {}
