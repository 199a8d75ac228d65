package org.fabrique.common.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.fabrique.common.error.DomainException;

/** Slugs that a request names, resolved to ids in one query. */
public final class SlugIds {
    private SlugIds() {}

    /**
     * The id of each slug, for an entity with {@code slug} and {@code id} attributes; an unknown
     * slug is a 400 naming {@code field} ("unknown {kind} 'slug'").
     */
    public static Map<String, Long> resolve(
            EntityManager em, Class<?> entity, String kind, Collection<String> slugs, String field) {
        Set<String> wanted = Set.copyOf(slugs);
        Map<String, Long> found = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        em.createQuery(
                        "select new org.fabrique.common.persistence.SlugId(e.slug, e.id) from " + entity.getSimpleName()
                                + " e where e.slug in :slugs",
                        SlugId.class)
                .setParameter("slugs", wanted)
                .getResultList()
                .forEach(row -> found.put(row.slug(), row.id()));
        for (String slug : wanted) {
            if (!found.containsKey(slug)) {
                throw DomainException.invalidField(
                        field, "unknown {0} ''{1}''", org.fabrique.common.error.ProblemTexts.term(kind), slug);
            }
        }
        return found;
    }
}
