package org.fabrique.common.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.i18n.ContentLanguage;
import org.fabrique.common.i18n.Written;
import org.fabrique.common.text.Slugs;

/**
 * What every resource named by a slug does the same way: find and load by slug (404 naming the
 * kind), resolve the slugs a request names (400 naming the field), create under a free slug (the
 * one given, or one made from the title; 409 when taken), and the update path: load once, check
 * {@code If-Match} against the row version, rename, apply, flush. Called inside the services'
 * transactions.
 *
 * @param kind the word used in problem details ("event", "note")
 */
public record SlugCatalogue<E extends Slugged>(Class<E> type, String kind) {

    public Optional<E> find(String slug) {
        return em().createQuery("select e from " + entity() + " e where e.slug = :slug", type)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** The entity, or a 404 problem naming the kind and the slug. */
    public E load(String slug) {
        return find(slug).orElseThrow(() -> DomainException.notFound(kind, slug));
    }

    /** The id of the entity a filter names, or empty when none has that slug. */
    public Optional<Long> idOf(String slug) {
        return em().createQuery("select e.id from " + entity() + " e where e.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Resolves slugs to ids in one query; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        return SlugIds.resolve(em(), type, kind, slugs, field);
    }

    /** The ids of the slugs a request lists, in its order (none for null); unknown slugs are a 400. */
    public Set<Long> idsInOrder(List<String> slugs, String field) {
        Set<Long> ids = new LinkedHashSet<>();
        if (slugs != null && !slugs.isEmpty()) {
            Map<String, Long> bySlug = idsBySlug(slugs, field);
            slugs.forEach(slug -> ids.add(bySlug.get(slug)));
        }
        return ids;
    }

    /** The id of the one slug a request may name, or null when it names none. */
    public Long idOrNull(String slug, String field) {
        return slug == null ? null : idsBySlug(List.of(slug), field).get(slug);
    }

    /**
     * Creates, applies and persists a new entity under {@code requested}, or a slug made from the
     * title when none is requested; 409 when the slug is taken.
     */
    public E create(String requested, String title, Function<String, E> factory, Consumer<E> apply) {
        String slug = requested != null ? requested : Slugs.slugify(title, 120);
        checkFree(slug);
        E entity = factory.apply(slug);
        apply.accept(entity);
        takeLanguage(entity);
        em().persist(entity);
        em().flush();
        return entity;
    }

    /**
     * Loads the entity once, refuses a stale {@code If-Match} (412), renames it when another slug is
     * requested (409 when taken), applies the change and flushes, so that the version read after
     * is the new one.
     */
    public E update(String slug, String requested, String ifMatch, Consumer<E> apply) {
        E entity = load(slug);
        EntityTags.requireMatch(ifMatch, entity.getVersion());
        if (requested != null && !requested.equals(slug)) {
            checkFree(requested);
            entity.setSlug(requested);
        }
        apply.accept(entity);
        takeLanguage(entity);
        em().flush();
        return entity;
    }

    /** A write that names its language (Content-Language) sets the record's original language. */
    private static void takeLanguage(Object entity) {
        if (entity instanceof Written written) {
            ContentLanguage.ofWrite().ifPresent(written::setLang);
        }
    }

    public void delete(String slug) {
        em().remove(load(slug));
    }

    private void checkFree(String slug) {
        if (find(slug).isPresent()) {
            throw DomainException.conflict(
                    "Slug ''{1}'' is already used by another {0}",
                    org.fabrique.common.error.ProblemTexts.term(kind), slug);
        }
    }

    private String entity() {
        return type.getSimpleName();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
