package org.fabrique.participation.suggestion;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorSummary;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.participation.report.ReportView;
import org.fabrique.participation.submission.SpamDecisionView;

/** A suggestion as moderators see it: author, e-mail, spam decisions, reports and decision. */
@Schema(name = "ModeratedSuggestion")
public record ModeratedSuggestion(
        long id,
        SuggestionKind kind,
        AxisSummary axis,
        CoalitionRef coalition,
        String title,
        String descriptionHtml,
        String website,

        @Schema(nullable = true, description = "The ally's kind; null when the suggestion gives none")
        ActorKind actorKind,

        String authorName,
        @Schema(description = "For moderation only") String email,
        SuggestionStatus status,
        boolean hidden,
        boolean erased,
        String moderatorNote,
        Long duplicateOf,
        ActorSummary actor,
        List<SpamDecisionView> spamDecisions,
        List<ReportView> reports,
        OffsetDateTime createdAt) {}
