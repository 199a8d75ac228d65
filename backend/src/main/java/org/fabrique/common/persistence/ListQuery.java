package org.fabrique.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.common.paging.ListCursor;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.paging.Stamped;
import org.fabrique.common.paging.UpdatedSince;
import org.fabrique.common.search.SearchTerms;

/**
 * The one way lists are queried: a JPQL where-clause built from optional filters (a filter whose
 * value is null is left out), a page of rows (entities or a typed projection, {@code select new
 * Record(...)}), and the total from {@link ListTotals} (counted only when the page cannot tell it).
 * A request read incrementally ({@link UpdatedSince}) adds its window, is ordered by (updatedAt,
 * id) and gets the next keyset cursor when the page is full and its rows are {@link Stamped}.
 */
public final class ListQuery {
    private final String entity;
    private final String alias;
    private final StringBuilder where = new StringBuilder(" where true");
    private final Map<String, Object> params = new LinkedHashMap<>();

    private ListQuery(Class<?> entity, String alias) {
        this.entity = entity.getSimpleName();
        this.alias = alias;
    }

    public static ListQuery over(Class<?> entity, String alias) {
        return new ListQuery(entity, alias);
    }

    /** Adds {@code condition} and binds {@code param} to {@code value}, unless the value is null. */
    public ListQuery and(String condition, String param, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(param, value);
        }
        return this;
    }

    /** Adds a condition without parameter when {@code applies}. */
    public ListQuery andIf(boolean applies, String condition) {
        if (applies) {
            where.append(" and ").append(condition);
        }
        return this;
    }

    /** The q filter: full-text search over the row's vector, or the words as a substring of its title. */
    public ListQuery matches(String text, String titleAttribute) {
        if (text != null && SearchTerms.bind(params, text)) {
            where.append(" and ").append(SearchTerms.matches(alias, titleAttribute));
        }
        return this;
    }

    /**
     * One page in the order given (JPQL, without "order by"), and its total.
     *
     * @param select what each row is: the alias for entities, or {@code new pkg.Record(...)}
     */
    public <R> Rows<R> page(
            EntityManager em, String select, Class<R> type, String order, PageRequest request, ListTotals totals) {
        String sorted = order;
        UpdatedSince since = request.since();
        if (since != null) {
            and(alias + ".updatedAt >= :updatedSince", "updatedSince", since.since());
            if (since.after() != null) {
                and(
                        "(" + alias + ".updatedAt > :cursorAt or (" + alias + ".updatedAt = :cursorAt and " + alias
                                + ".id > :cursorId))",
                        "cursorAt",
                        since.after().updatedAt());
                params.put("cursorId", since.after().id());
            }
            sorted = alias + ".updatedAt, " + alias + ".id";
        }
        List<R> items = rows(em, select, type, sorted, request);
        long total = totals.of(
                List.of(entity, where.toString(), Map.copyOf(params)), request, items.size(), () -> count(em));
        ListCursor next = null;
        if (since != null
                && !items.isEmpty()
                && items.size() == request.size()
                && items.get(items.size() - 1) instanceof Stamped last) {
            next = last.stamp();
        }
        return new Rows<>(items, total, next);
    }

    /**
     * One page in the order given, without its total: for lists whose total must be exact at
     * once (moderation queues, which change with tables that {@link ListTotals} does not watch).
     */
    public <R> List<R> rows(EntityManager em, String select, Class<R> type, String order, PageRequest request) {
        TypedQuery<R> rows = em.createQuery(
                "select " + select + " from " + entity + " " + alias + where + " order by " + order, type);
        params.forEach(rows::setParameter);
        return rows.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
    }

    /** How many rows match. */
    public long count(EntityManager em) {
        TypedQuery<Long> count =
                em.createQuery("select count(" + alias + ") from " + entity + " " + alias + where, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The rows of one page and the total of the list. */
    public record Rows<R>(List<R> items, long total, ListCursor nextCursor) {}
}
