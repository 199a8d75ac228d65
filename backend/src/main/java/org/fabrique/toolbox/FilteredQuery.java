package org.fabrique.toolbox;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.search.SearchTerms;

/** Builds a JPQL where-clause from optional filters, then runs the page query and, when needed, the count. */
final class FilteredQuery<E> {
    private final Class<E> type;
    private final String alias;
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    FilteredQuery(Class<E> type, String alias) {
        this.type = type;
        this.alias = alias;
    }

    /** Adds {@code condition} with its parameter when {@code value} is not null. */
    FilteredQuery<E> and(String condition, String param, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(param, value);
        }
        return this;
    }

    /** Full-text search (title, description): every word of {@code text}, as a prefix. */
    FilteredQuery<E> matches(String text) {
        if (text != null && SearchTerms.bind(params, text)) {
            where.append(" and ").append(SearchTerms.matches(alias, "title"));
        }
        return this;
    }

    /** Rows of the requested page (none when the total is 0) and the total. */
    Result<E> page(EntityManager em, PageRequest request, Map<String, String> sortColumns, ListTotals totals) {
        String entity = type.getSimpleName();
        String order = " order by " + sortColumns.get(request.sort()) + (request.descending() ? " desc" : " asc") + ", "
                + alias + ".slug asc";
        TypedQuery<E> rows = em.createQuery("select " + alias + " from " + entity + " " + alias + where + order, type);
        params.forEach(rows::setParameter);
        List<E> items = rows.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = totals.of(List.of(entity, where.toString(), Map.copyOf(params)), request, items.size(), () -> {
            TypedQuery<Long> count =
                    em.createQuery("select count(" + alias + ") from " + entity + " " + alias + where, Long.class);
            params.forEach(count::setParameter);
            return count.getSingleResult();
        });
        return new Result<>(items, total);
    }

    /** Rows of one page and the total count. */
    record Result<E>(List<E> items, long total) {}
}
