package org.fabrique.coalition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A coalition as the open-data export shows it: what its public page shows, flattened, with its
 * problems, impacts, confirmed members and territorial declensions. Actors and territories are
 * named by slug; nothing here is personal data (members are organisations).
 */
public record CoalitionExport(
        int number,
        String slug,
        String title,
        String summary,
        String intention,
        String vision,
        Stage stage,
        List<String> axes,
        List<String> keywords,
        String parent,
        boolean sample,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<Problem> problems,
        List<Impact> impacts,
        List<Member> members,
        List<Declension> territories) {

    /** A problem of the canvas, with the kinds of allies sought and the actors who joined on it. */
    public record Problem(String title, String description, List<String> allyKinds, List<String> actors) {}

    /** A desired impact, with its latest measured value. */
    public record Impact(
            String title,
            String indicator,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            LocalDate targetDate,
            BigDecimal latestValue) {}

    /** A confirmed membership (proposed, declined and withdrawn ones are not public facts). */
    public record Member(String actor, String role, String commitment, OffsetDateTime since) {}

    /** A territorial declension of the coalition. */
    public record Declension(
            String territory,
            String positioning,
            boolean priority,
            String status,
            String commitments,
            boolean sample) {}
}
