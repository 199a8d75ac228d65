package org.fabrique.testimony;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;

@ApplicationScoped
public class TestimonyRepository implements PanacheRepository<Testimony> {
    /** Filters resolved to ids; a null field does not filter. */
    public record Criteria(Long coalitionId, Long eventId, Long personId, Long actorId) {}

    /** One page of testimonies, newest first unless asked otherwise (the only sort is createdAt). */
    public ListQuery.Rows<Testimony> page(Criteria c, PageRequest request, ListTotals totals) {
        String direction = request.descending() ? " desc" : " asc";
        return ListQuery.over(Testimony.class, "t")
                .and("t.coalitionId = :coalition", "coalition", c.coalitionId())
                .and("t.eventId = :event", "event", c.eventId())
                .and("t.personId = :person", "person", c.personId())
                .and("t.actorId = :actor", "actor", c.actorId())
                .page(
                        getEntityManager(),
                        "t",
                        Testimony.class,
                        "t.createdAt" + direction + ", t.id" + direction,
                        request,
                        totals);
    }
}
