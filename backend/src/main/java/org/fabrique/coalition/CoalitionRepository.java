package org.fabrique.coalition;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Queries over coalitions and the element collections (axes, keywords) they own. */
@ApplicationScoped
public class CoalitionRepository implements PanacheRepository<Coalition> {
    public Optional<Coalition> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The columns a {@link CoalitionRef} shows, of the given coalitions (one query, no entity). */
    List<CoalitionRefRow> refRows(Collection<Long> ids) {
        return getEntityManager()
                .createQuery(
                        "select new org.fabrique.coalition.CoalitionRefRow(c.id, c.number, c.slug, c.title, c.stage,"
                                + " c.lang)"
                                + " from Coalition c where c.id in :ids",
                        CoalitionRefRow.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<Coalition> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public boolean numberTaken(int number) {
        return count("number", number) > 0;
    }

    public int maxNumber() {
        Integer max = getEntityManager()
                .createQuery("select max(c.number) from Coalition c", Integer.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    /** The stages the coalition reached, oldest first. */
    public List<StageReached> stageHistory(long coalitionId) {
        return getEntityManager()
                .createQuery(
                        "select new org.fabrique.coalition.StageReached(s.stage, s.reachedAt)"
                                + " from CoalitionStageChange s where s.coalitionId = :id order by s.reachedAt, s.id",
                        StageReached.class)
                .setParameter("id", coalitionId)
                .getResultList();
    }

    public List<Coalition> children(long parentId) {
        return list("parentId", Sort.by("number"), parentId);
    }

    /**
     * One page of summaries in one statement: the columns a summary shows (not the canvas texts),
     * the parent's reference, the axis ids and keywords as arrays, the member count.
     */
    public List<CoalitionSummaryRow> summaryPage(CoalitionSummaryQuery q, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        params.put("offset", offset);
        return summaryRows(where(q, params) + " order by " + order(q) + " limit :limit offset :offset", params);
    }

    /** The summary rows of the given coalitions (in no particular order). */
    public List<CoalitionSummaryRow> summaryRows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return summaryRows(" where c.id in (:ids)", Map.of("ids", ids));
    }

    private static final String SUMMARY_SELECT = "select c.id, c.number, c.slug, c.title, c.summary, c.stage, c.lang,"
            + " c.sample, c.updated_at, p.number as parent_number, p.slug as parent_slug, p.title as parent_title,"
            + " p.stage as parent_stage, p.id as parent_id, p.lang as parent_lang,"
            + " array(select ca.axis_id from coalition_axis ca where ca.coalition_id = c.id) as axis_ids,"
            + " array(select k.keyword from coalition_keyword k where k.coalition_id = c.id"
            + " order by k.keyword) as keywords,"
            + " (select count(*) from membership m where m.coalition_id = c.id"
            + " and m.status <> 'WITHDRAWN') as member_count"
            + " from coalition c left join coalition p on p.id = c.parent_id";

    @SuppressWarnings("unchecked")
    private List<CoalitionSummaryRow> summaryRows(String rest, Map<String, Object> params) {
        jakarta.persistence.Query query = getEntityManager().createNativeQuery(SUMMARY_SELECT + rest, Tuple.class);
        params.forEach(query::setParameter);
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(CoalitionRepository::summaryRow).toList();
    }

    /** How many coalitions match the filters of {@code q}. */
    public long countSummaries(CoalitionSummaryQuery q) {
        Map<String, Object> params = new HashMap<>();
        jakarta.persistence.Query query =
                getEntityManager().createNativeQuery("select count(*) from coalition c" + where(q, params));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(CoalitionSummaryQuery q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (q.axisId() != null) {
            where.append(" and exists (select 1 from coalition_axis ca"
                    + " where ca.coalition_id = c.id and ca.axis_id = :axisId)");
            params.put("axisId", q.axisId());
        }
        if (q.territoryIds() != null) {
            where.append(" and exists (select 1 from territorial_coalition tc"
                    + " where tc.coalition_id = c.id and tc.territory_id in (:territoryIds))");
            params.put("territoryIds", q.territoryIds());
        }
        if (q.since() != null && q.since().since() != null) {
            where.append(" and c.updated_at >= :updatedSince");
            params.put("updatedSince", q.since().since());
        }
        if (q.since() != null && q.since().after() != null) {
            where.append(" and (c.updated_at, c.id) > (:cursorAt, :cursorId)");
            params.put("cursorAt", q.since().after().updatedAt());
            params.put("cursorId", q.since().after().id());
        }
        if (q.parentId() != null) {
            where.append(" and c.parent_id = :parentId");
            params.put("parentId", q.parentId());
        }
        if (q.stage() != null) {
            where.append(" and c.stage = :stage");
            params.put("stage", q.stage().name());
        }
        if (q.keyword() != null) {
            where.append(" and exists (select 1 from coalition_keyword k"
                    + " where k.coalition_id = c.id and k.keyword = :keyword)");
            params.put("keyword", q.keyword());
        }
        if (q.tsQuery() != null) {
            where.append(" and (c.search_vector @@ to_tsquery('fabrique_fr', :tsQuery)"
                    + " or fabrique_fold(c.title) like :titlePattern)");
            params.put("tsQuery", q.tsQuery());
            params.put("titlePattern", q.titlePattern());
        }
        return where.toString();
    }

    private static String order(CoalitionSummaryQuery q) {
        if (q.since() != null) {
            return "c.updated_at, c.id";
        }
        String direction = q.descending() ? " desc" : " asc";
        String column = switch (q.sort() == null ? "number" : q.sort()) {
            case "title" -> "fabrique_fold(c.title)";
            case "stage" ->
                "array_position(array['EMERGING', 'FORMING', 'COMMITTED', 'ACTING',"
                        + " 'AUTONOMOUS', 'DISSEMINATED']::varchar[], c.stage)";
            case "updatedAt" -> "c.updated_at";
            default -> "c.number";
        };
        return column + direction + ", c.number" + direction;
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static CoalitionSummaryRow summaryRow(Tuple t) {
        Number parentNumber = t.get("parent_number", Number.class);
        return new CoalitionSummaryRow(
                t.get("id", Number.class).longValue(),
                t.get("number", Number.class).intValue(),
                t.get("slug", String.class),
                t.get("title", String.class),
                t.get("summary", String.class),
                Stage.valueOf(t.get("stage", String.class)),
                t.get("sample", Boolean.class),
                parentNumber == null
                        ? null
                        : new CoalitionRefRow(
                                t.get("parent_id", Number.class).longValue(),
                                parentNumber.intValue(),
                                t.get("parent_slug", String.class),
                                t.get("parent_title", String.class),
                                Stage.valueOf(t.get("parent_stage", String.class)),
                                t.get("parent_lang", String.class)),
                longs(t.get("axis_ids")),
                strings(t.get("keywords")),
                t.get("member_count", Number.class).longValue(),
                time(t.get("updated_at")),
                t.get("lang", String.class));
    }

    /** A SQL array column (bigint[]), as the JDBC driver hands it (Long[]). */
    private static List<Long> longs(Object array) {
        return array instanceof Long[] items ? List.of(items) : List.of();
    }

    /** A SQL array column (varchar[]), as the JDBC driver hands it (String[]). */
    private static List<String> strings(Object array) {
        return array instanceof String[] items ? List.of(items) : List.of();
    }

    /** The ids of the coalitions under the axis of that slug (none for an unknown axis). */
    Set<Long> idsInAxis(String axisSlug) {
        List<?> ids = getEntityManager()
                .createNativeQuery("select ca.coalition_id from coalition_axis ca"
                        + " join axis a on a.id = ca.axis_id where a.slug = :slug")
                .setParameter("slug", axisSlug)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    /** A coalition listed under an axis. */
    public record AxisMember(long axisId, long coalitionId) {}

    /**
     * For each axis its first {@code perAxis} coalitions by number, in one windowed query, in axis
     * then number order.
     */
    @SuppressWarnings("unchecked")
    public List<AxisMember> firstByAxes(Collection<Long> axisIds, int perAxis) {
        if (axisIds.isEmpty() || perAxis <= 0) {
            return List.of();
        }
        List<Tuple> rows = getEntityManager()
                .createNativeQuery(
                        "select axis_id, coalition_id from ("
                                + " select ca.axis_id, ca.coalition_id,"
                                + " row_number() over (partition by ca.axis_id order by c.number) as rn"
                                + " from coalition_axis ca join coalition c on c.id = ca.coalition_id"
                                + " where ca.axis_id in (:ids)) ranked"
                                + " where rn <= :perAxis order by axis_id, rn",
                        Tuple.class)
                .setParameter("ids", axisIds)
                .setParameter("perAxis", perAxis)
                .getResultList();
        return rows.stream()
                .map(t -> new AxisMember(
                        t.get("axis_id", Number.class).longValue(),
                        t.get("coalition_id", Number.class).longValue()))
                .toList();
    }
}
