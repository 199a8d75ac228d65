package org.fabrique.common.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.history.HistoryEntry.AuthorKind;
import org.fabrique.common.history.HistoryEntry.ChangeKind;
import org.fabrique.common.history.HistoryEntry.HistoryAuthor;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;

/**
 * Reads the history Envers keeps of a resource: a page of its revisions, newest first, each with
 * the fields it changed (compared with the revision before it), when, and by whom. Costs one query
 * for the revision numbers, one per revision shown (plus the one before the page), one for the
 * revisions' authors.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HistoryReader {
    /** Columns kept for search, not edited: never shown as changes. */
    private static final Set<String> DERIVED = Set.of("searchTitle", "searchText", "contentHash");

    private final EntityManager em;
    private final RevisionAuthors authors;

    public HistoryReader(EntityManager em, RevisionAuthors authors) {
        this.em = em;
        this.authors = authors;
    }

    /** The history of the resource of this type named by {@code slug}; 404 when there is none. */
    public <E> Page<HistoryEntry> ofSlug(Class<E> type, String what, String slug, PageRequest request) {
        List<Long> ids = em.createQuery(
                        "select e.id from " + type.getSimpleName() + " e where e.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getResultList();
        if (ids.isEmpty()) {
            throw DomainException.notFound(what, slug);
        }
        return page(type, ids.get(0), request);
    }

    /** The history of the resource of this type and id (a path segment); 404 when there is none. */
    public <E> Page<HistoryEntry> ofId(Class<E> type, String what, String id, PageRequest request) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound(what, id);
        }
        if (em.find(type, key) == null) {
            throw DomainException.notFound(what, id);
        }
        return page(type, key, request);
    }

    /**
     * The subject of whoever created the row (its first revision), when a signed-in caller did and
     * the history still names them (not the demo data, not a deleted account).
     */
    public Optional<String> creator(Class<?> type, long id) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<Number> revisions = reader.getRevisions(type, id);
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                reader.findRevision(Revision.class, revisions.get(0)).getAuthorSubject());
    }

    public <E> Page<HistoryEntry> page(Class<E> type, long id, PageRequest request) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<Number> revisions = reader.getRevisions(type, id);
        int total = revisions.size();
        List<Integer> indexes = new ArrayList<>();
        for (int i = total - 1 - request.offset(); i >= 0 && indexes.size() < request.size(); i--) {
            indexes.add(i);
        }
        if (indexes.isEmpty()) {
            return Page.of(List.of(), request, total);
        }
        Set<Number> shown = new HashSet<>();
        indexes.forEach(i -> shown.add(revisions.get(i)));
        Map<Number, Revision> stamps = reader.findRevisions(Revision.class, shown);
        Set<String> subjects = new HashSet<>();
        stamps.values().stream()
                .map(Revision::getAuthorSubject)
                .filter(Objects::nonNull)
                .forEach(subjects::add);
        Map<String, String> names = subjects.isEmpty() ? Map.of() : authors.names(subjects);
        List<HistoryEntry> items = new ArrayList<>();
        E after = reader.find(type, id, revisions.get(indexes.get(0)));
        for (int i : indexes) {
            E before = i > 0 ? reader.find(type, id, revisions.get(i - 1)) : null;
            Revision stamp = stamps.get(revisions.get(i));
            items.add(new HistoryEntry(
                    stamp.getId(),
                    OffsetDateTime.ofInstant(Instant.ofEpochMilli(stamp.getTimestamp()), ZoneOffset.UTC),
                    before == null ? ChangeKind.CREATED : ChangeKind.UPDATED,
                    author(stamp, names),
                    diff(type, before, after)));
            after = before;
        }
        return Page.of(items, request, total);
    }

    private static HistoryAuthor author(Revision stamp, Map<String, String> names) {
        if (stamp.isAuthorDeleted()) {
            return new HistoryAuthor(AuthorKind.DELETED, null);
        }
        String subject = stamp.getAuthorSubject();
        if (subject == null) {
            return new HistoryAuthor(AuthorKind.SYSTEM, null);
        }
        return new HistoryAuthor(AuthorKind.ACCOUNT, names.getOrDefault(subject, stamp.getAuthorName()));
    }

    /** The audited fields whose value differs (all set ones when there is nothing before). */
    static <E> List<FieldChange> diff(Class<E> type, E before, E after) {
        List<FieldChange> changes = new ArrayList<>();
        if (after == null) {
            return changes;
        }
        for (Field field : type.getDeclaredFields()) {
            if (!shown(field)) {
                continue;
            }
            field.setAccessible(true);
            String was = before == null ? null : text(read(field, before));
            String is = text(read(field, after));
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field.getName(), was, is));
            }
        }
        return changes;
    }

    private static boolean shown(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers)
                && !Modifier.isTransient(modifiers)
                && !field.isAnnotationPresent(NotAudited.class)
                && !field.isAnnotationPresent(jakarta.persistence.Transient.class)
                && !Collection.class.isAssignableFrom(field.getType())
                && !Map.class.isAssignableFrom(field.getType())
                && !field.getName().startsWith("$$")
                && !DERIVED.contains(field.getName());
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof Enum<?> e ? e.name() : value.toString();
        return s.isEmpty() ? null : s;
    }
}
