package org.fabrique.event;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;

@ApplicationScoped
public class EventRepository implements PanacheRepository<Event> {
    private static final Map<String, String> SORTS =
            Map.of("startsAt", "e.startsAt", "title", "function('fabrique_fold', e.title)");

    /** The organisers of the event with this slug; empty when there is no such event. */
    Optional<Set<Long>> organisersOf(String slug) {
        Optional<Long> id = getEntityManager()
                .createQuery("select e.id from Event e where e.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
        return id.map(eventId -> Set.copyOf(getEntityManager()
                .createQuery("select o from Event e join e.organiserIds o where e.id = :id", Long.class)
                .setParameter("id", eventId)
                .getResultList()));
    }

    /** The columns an {@link EventRef} shows, of the given events (one query, no entity). */
    List<EventRefRow> refRows(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : getEntityManager()
                        .createQuery(
                                "select new org.fabrique.event.EventRefRow(e.id, e.slug, e.title, e.kind, e.startsAt,"
                                        + " e.timeZone, e.lang) from Event e where e.id in :ids",
                                EventRefRow.class)
                        .setParameter("ids", ids)
                        .getResultList();
    }

    /** One page of events matching the criteria, in the requested order, and the total. */
    public ListQuery.Rows<Event> page(EventCriteria c, PageRequest request, ListTotals totals) {
        String direction = request.descending() ? " desc" : " asc";
        return ListQuery.over(Event.class, "e")
                .and("e.endsAt >= :from", "from", c.from())
                .and("e.startsAt <= :to", "to", c.to())
                .and("e.kind = :kind", "kind", c.kind())
                .and(":coalition member of e.coalitionIds", "coalition", c.coalitionId())
                .andIf(c.territoryIds() != null && c.territoryIds().isEmpty(), "false")
                .and(
                        "exists (select 1 from Event e3 join e3.territoryIds t3 where e3 = e and t3 in :territories)",
                        "territories",
                        c.territoryIds() == null || c.territoryIds().isEmpty() ? null : c.territoryIds())
                .and("e.endsAt >= :endsAtOrAfter", "endsAtOrAfter", c.endsAtOrAfter())
                .and("e.endsAt < :endsBefore", "endsBefore", c.endsBefore())
                .matches(c.terms() == null ? null : String.join(" ", c.terms()), "title")
                .page(
                        getEntityManager(),
                        "e",
                        Event.class,
                        SORTS.get(request.sort()) + direction + ", e.id" + direction,
                        request,
                        totals);
    }
}
