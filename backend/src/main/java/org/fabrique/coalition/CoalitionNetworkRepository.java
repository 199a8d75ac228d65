package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The queries of {@link CoalitionNetwork}: a constant number of statements whatever its size. */
@ApplicationScoped
public class CoalitionNetworkRepository {
    private final EntityManager em;

    public CoalitionNetworkRepository(EntityManager em) {
        this.em = em;
    }

    /** The network of the coalitions that match every filter given (null: no filter). */
    public CoalitionNetwork network(Long axisId, Set<Long> territoryIds, Stage stage) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql =
                new StringBuilder("select c.id, c.slug, c.number, c.title, c.stage from coalition c where true");
        if (axisId != null) {
            sql.append(
                    " and exists (select 1 from coalition_axis ca where ca.coalition_id = c.id and ca.axis_id = :axisId)");
            params.put("axisId", axisId);
        }
        if (territoryIds != null) {
            sql.append(" and exists (select 1 from territorial_coalition tc"
                    + " where tc.coalition_id = c.id and tc.territory_id in (:territoryIds))");
            params.put("territoryIds", territoryIds.isEmpty() ? Set.of(-1L) : territoryIds);
        }
        if (stage != null) {
            sql.append(" and c.stage = :stage");
            params.put("stage", stage.name());
        }
        return of(sql, params, List.of("PROPOSED", "CONFIRMED"));
    }

    /** The network of one coalition (empty for an unknown id). */
    public CoalitionNetwork networkOf(long coalitionId) {
        return of(
                new StringBuilder("select c.id, c.slug, c.number, c.title, c.stage from coalition c where c.id = :id"),
                Map.of("id", coalitionId),
                List.of("PROPOSED", "CONFIRMED", "INVITED"));
    }

    /** For each actor given, the coalitions it is a confirmed member of, in the order of their numbers. */
    public Map<Long, List<Long>> confirmedCoalitionsOf(Collection<Long> actorIds) {
        Map<Long, List<Long>> coalitions = new HashMap<>();
        tuples(em.createNativeQuery(
                                "select m.actor_id, m.coalition_id from membership m"
                                        + " join coalition c on c.id = m.coalition_id"
                                        + " where m.actor_id in (:ids) and m.status = 'CONFIRMED'"
                                        + " order by c.number, m.actor_id",
                                Tuple.class)
                        .setParameter("ids", actorIds))
                .forEach(t -> coalitions
                        .computeIfAbsent(id(t, "actor_id"), k -> new ArrayList<>())
                        .add(id(t, "coalition_id")));
        return coalitions;
    }

    /** The coalitions the query selects, with their members of these statuses. */
    private CoalitionNetwork of(StringBuilder sql, Map<String, Object> params, List<String> memberStatuses) {
        Query query = em.createNativeQuery(sql.append(" order by c.number").toString(), Tuple.class);
        params.forEach(query::setParameter);
        List<CoalitionNetwork.Node> coalitions = tuples(query).stream()
                .map(t -> new CoalitionNetwork.Node(
                        id(t, "id"),
                        t.get("slug", String.class),
                        t.get("number", Number.class).intValue(),
                        t.get("title", String.class),
                        Stage.valueOf(t.get("stage", String.class))))
                .toList();
        if (coalitions.isEmpty()) {
            return new CoalitionNetwork(List.of(), List.of(), List.of(), List.of());
        }
        List<Long> ids = coalitions.stream().map(CoalitionNetwork.Node::id).toList();
        return new CoalitionNetwork(coalitions, problems(ids), members(ids, memberStatuses), declensions(ids));
    }

    private List<CoalitionNetwork.Problem> problems(Collection<Long> coalitionIds) {
        Map<Long, List<String>> sought = new HashMap<>();
        tuples(em.createNativeQuery(
                                "select k.problem_id, k.ally_kind from problem_ally_kind k"
                                        + " join coalition_problem p on p.id = k.problem_id"
                                        + " where p.coalition_id in (:ids) order by k.problem_id, k.ally_kind",
                                Tuple.class)
                        .setParameter("ids", coalitionIds))
                .forEach(t -> sought.computeIfAbsent(id(t, "problem_id"), k -> new ArrayList<>())
                        .add(t.get("ally_kind", String.class)));
        Map<Long, List<Long>> actors = new HashMap<>();
        tuples(em.createNativeQuery(
                                "select a.problem_id, a.actor_id from problem_actor a"
                                        + " join coalition_problem p on p.id = a.problem_id"
                                        + " where p.coalition_id in (:ids) order by a.problem_id, a.actor_id",
                                Tuple.class)
                        .setParameter("ids", coalitionIds))
                .forEach(t -> actors.computeIfAbsent(id(t, "problem_id"), k -> new ArrayList<>())
                        .add(id(t, "actor_id")));
        Map<Long, CoalitionNetwork.Problem> problems = new LinkedHashMap<>();
        tuples(em.createNativeQuery(
                                "select id, coalition_id, title from coalition_problem"
                                        + " where coalition_id in (:ids) order by coalition_id, position, id",
                                Tuple.class)
                        .setParameter("ids", coalitionIds))
                .forEach(t -> {
                    long id = id(t, "id");
                    problems.put(
                            id,
                            new CoalitionNetwork.Problem(
                                    id,
                                    id(t, "coalition_id"),
                                    t.get("title", String.class),
                                    List.copyOf(sought.getOrDefault(id, List.of())),
                                    List.copyOf(actors.getOrDefault(id, List.of()))));
                });
        return List.copyOf(problems.values());
    }

    private List<CoalitionNetwork.Member> members(Collection<Long> coalitionIds, List<String> statuses) {
        return tuples(em.createNativeQuery(
                                "select coalition_id, actor_id, role, status from membership"
                                        + " where coalition_id in (:ids) and status in (:statuses)"
                                        + " order by coalition_id, actor_id",
                                Tuple.class)
                        .setParameter("ids", coalitionIds)
                        .setParameter("statuses", statuses))
                .stream()
                .map(t -> new CoalitionNetwork.Member(
                        id(t, "coalition_id"),
                        id(t, "actor_id"),
                        t.get("role", String.class),
                        t.get("status", String.class)))
                .toList();
    }

    private List<CoalitionNetwork.Declension> declensions(Collection<Long> coalitionIds) {
        return tuples(em.createNativeQuery(
                                "select coalition_id, territory_id from territorial_coalition"
                                        + " where coalition_id in (:ids) order by coalition_id, territory_id",
                                Tuple.class)
                        .setParameter("ids", coalitionIds))
                .stream()
                .map(t -> new CoalitionNetwork.Declension(id(t, "coalition_id"), id(t, "territory_id")))
                .toList();
    }

    private static long id(Tuple t, String column) {
        return t.get(column, Number.class).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> tuples(Query query) {
        return query.getResultList();
    }
}
