package org.fabrique.note;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.IdLink;
import org.fabrique.common.persistence.ListQuery;

@ApplicationScoped
public class NoteRepository implements PanacheRepository<Note> {

    /**
     * One page of notes matching the criteria, as list rows, in the requested order, and the total.
     * The default order (status, published_at desc nulls last, id desc) is that of the index
     * note_published_idx (V36): change both together, or every page sorts all the notes.
     */
    public ListQuery.Rows<NoteRow> page(NoteCriteria c, PageRequest request, ListTotals totals) {
        String direction = request.descending() ? " desc" : " asc";
        String order = request.sort().equals("title")
                ? "function('fabrique_fold', n.title)" + direction
                : "n.publishedAt" + direction + " nulls last";
        return ListQuery.over(Note.class, "n")
                .and("n.status in :statuses", "statuses", c.statuses())
                .and("n.eventId = :event", "event", c.eventId())
                .and(":coalition member of n.coalitionIds", "coalition", c.coalitionId())
                .and(":axis member of n.axisIds", "axis", c.axisId())
                .and(
                        "exists (select 1 from Note n4 join n4.territoryIds t4 where n4 = n and t4 in :territories)",
                        "territories",
                        c.territoryIds())
                .matches(c.terms() == null ? null : String.join(" ", c.terms()), "title")
                .page(
                        getEntityManager(),
                        "new org.fabrique.note.NoteRow(n.id, n.slug, n.title, n.excerpt, n.eventId, n.status,"
                                + " n.publishedAt, n.sample, n.updatedAt, n.lang)",
                        NoteRow.class,
                        order + ", n.id" + direction,
                        request,
                        totals);
    }

    /**
     * The ids a link collection of the notes holds ({@code authorIds}, {@code coalitionIds},
     * {@code axisIds}, {@code territoryIds}), per note, in one query.
     */
    public Map<Long, Set<Long>> links(String collection, Collection<Long> noteIds) {
        Map<Long, Set<Long>> byNote = new HashMap<>();
        if (noteIds.isEmpty()) {
            return byNote;
        }
        getEntityManager()
                .createQuery(
                        "select new org.fabrique.common.persistence.IdLink(n.id, x) from Note n join n." + collection
                                + " x where n.id in :ids",
                        IdLink.class)
                .setParameter("ids", noteIds)
                .getResultList()
                .forEach(link -> byNote.computeIfAbsent(link.owner(), k -> new LinkedHashSet<>())
                        .add(link.target()));
        return byNote;
    }

    public long countPublished() {
        return count("status", NoteStatus.PUBLISHED);
    }
}
