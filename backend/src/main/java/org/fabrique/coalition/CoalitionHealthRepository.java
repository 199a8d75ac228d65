package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The health of coalitions named by slug, in two statements whatever their number. */
@ApplicationScoped
public class CoalitionHealthRepository {
    /** The window of recent activity. */
    public static final int ACTIVITY_DAYS = 90;

    /** The start of the current stage: the last update until stage changes are dated. */
    static final String STAGE_SINCE = "coalesce((select max(h.reached_at) from coalition_stage_change h"
            + " where h.coalition_id = c.id and h.stage = c.stage), c.created_at)";

    static final StageClock STAGE_SINCE_SOURCE = StageClock.STAGE_CHANGE;

    private final EntityManager em;

    public CoalitionHealthRepository(EntityManager em) {
        this.em = em;
    }

    /** The health of each coalition named (unknown slugs are left out), in the order asked. */
    public Map<String, CoalitionHealth> bySlug(Collection<String> slugs, OffsetDateTime now) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        OffsetDateTime since = now.minusDays(ACTIVITY_DAYS);
        List<Tuple> rows = tuples(em.createNativeQuery(
                        "select c.id, c.slug, c.stage, " + STAGE_SINCE + " as stage_since,"
                                + " (select count(*) from problem_ally_kind k join coalition_problem p"
                                + " on p.id = k.problem_id where p.coalition_id = c.id) as sought,"
                                + " (select count(distinct a.actor_id) from problem_actor a join coalition_problem p"
                                + " on p.id = a.problem_id where p.coalition_id = c.id) as found,"
                                + " (select count(*) from coalition_problem p where p.coalition_id = c.id) as problems,"
                                + " (select count(*) from coalition_problem p where p.coalition_id = c.id"
                                + " and exists (select 1 from problem_actor a where a.problem_id = p.id))"
                                + " as problems_with_allies,"
                                + " (select count(*) from note_coalition nc join note n on n.id = nc.note_id"
                                + " where nc.coalition_id = c.id and n.status = 'PUBLISHED'"
                                + " and n.published_at >= :since) as notes,"
                                + " (select count(*) from comment m where m.coalition_id = c.id"
                                + " and m.status = 'APPROVED' and not m.hidden and m.created_at >= :since)"
                                + " as comments,"
                                + " (select count(*) from membership m where m.coalition_id = c.id"
                                + " and m.status in ('PROPOSED', 'CONFIRMED') and m.created_at >= :since)"
                                + " as memberships"
                                + " from coalition c where c.slug in (:slugs)",
                        Tuple.class)
                .setParameter("slugs", slugs)
                .setParameter("since", since));
        Map<Long, List<Double>> progress =
                impactProgress(rows.stream().map(t -> id(t, "id")).toList());
        Map<String, CoalitionHealth> found = new HashMap<>();
        for (Tuple t : rows) {
            long id = id(t, "id");
            OffsetDateTime stageSince = time(t.get("stage_since"));
            List<Double> impacts = progress.getOrDefault(id, List.of());
            long measured = impacts.stream().filter(p -> p != null).count();
            Double mean = measured == 0
                    ? null
                    : impacts.stream()
                                    .filter(p -> p != null)
                                    .mapToDouble(Double::doubleValue)
                                    .sum()
                            / measured;
            found.put(
                    t.get("slug", String.class),
                    new CoalitionHealth(
                            t.get("slug", String.class),
                            Stage.valueOf(t.get("stage", String.class)),
                            new CoalitionHealth.Allies(
                                    count(t, "sought"),
                                    count(t, "found"),
                                    count(t, "problems"),
                                    count(t, "problems_with_allies")),
                            new CoalitionHealth.Impacts(impacts.size(), measured, mean == null ? null : round(mean)),
                            new CoalitionHealth.StageTime(
                                    stageSince,
                                    Math.max(0, ChronoUnit.DAYS.between(stageSince, now)),
                                    STAGE_SINCE_SOURCE),
                            new CoalitionHealth.Activity(
                                    ACTIVITY_DAYS, count(t, "notes"), count(t, "comments"), count(t, "memberships"))));
        }
        Map<String, CoalitionHealth> ordered = new LinkedHashMap<>();
        slugs.forEach(s -> {
            if (found.containsKey(s)) {
                ordered.put(s, found.get(s));
            }
        });
        return ordered;
    }

    /** Per coalition, each desired impact's progress (null when it has no measure). */
    private Map<Long, List<Double>> impactProgress(Collection<Long> coalitionIds) {
        Map<Long, List<Double>> result = new HashMap<>();
        if (coalitionIds.isEmpty()) {
            return result;
        }
        tuples(em.createNativeQuery(
                                "select i.coalition_id, i.baseline, i.target,"
                                        + " (select m.measured_value from impact_measure m where m.impact_id = i.id"
                                        + " order by m.measured_on desc, m.id desc limit 1) as latest"
                                        + " from desired_impact i where i.coalition_id in (:ids)"
                                        + " order by i.coalition_id, i.position, i.id",
                                Tuple.class)
                        .setParameter("ids", coalitionIds))
                .forEach(t -> result.computeIfAbsent(id(t, "coalition_id"), k -> new ArrayList<>())
                        .add(progress(
                                t.get("baseline", BigDecimal.class),
                                t.get("target", BigDecimal.class),
                                t.get("latest", BigDecimal.class))));
        return result;
    }

    /** (latest - baseline) / (target - baseline) in [0, 1]; a missing baseline is 0. */
    static Double progress(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        if (latest == null) {
            return null;
        }
        double start = baseline == null ? 0 : baseline.doubleValue();
        double span = target.doubleValue() - start;
        if (span == 0) {
            return latest.doubleValue() >= target.doubleValue() ? 1.0 : 0.0;
        }
        return Math.max(0, Math.min(1, (latest.doubleValue() - start) / span));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return java.time.ZonedDateTime.parse(value.toString()).toOffsetDateTime();
    }

    private static long id(Tuple t, String column) {
        return t.get(column, Number.class).longValue();
    }

    private static long count(Tuple t, String column) {
        return t.get(column, Number.class).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> tuples(Query query) {
        return query.getResultList();
    }
}
