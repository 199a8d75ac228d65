package org.fabrique.testimony;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.common.paging.PageRequest;

@ApplicationScoped
public class TestimonyRepository implements PanacheRepository<Testimony> {
    /** Filters resolved to ids; a null field does not filter. */
    public record Criteria(Long coalitionId, Long eventId, Long personId, Long actorId) {}

    public List<Testimony> page(Criteria criteria, PageRequest request) {
        Parameters params = new Parameters();
        Sort.Direction direction = request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return find(where(criteria, params), Sort.by(request.sort(), direction).and("id", direction), params)
                .page(request.page(), request.size())
                .list();
    }

    public long count(Criteria criteria) {
        Parameters params = new Parameters();
        return count(where(criteria, params), params);
    }

    private static String where(Criteria c, Parameters params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (c.coalitionId() != null) {
            conditions.add("coalitionId = :coalition");
            params.and("coalition", c.coalitionId());
        }
        if (c.eventId() != null) {
            conditions.add("eventId = :event");
            params.and("event", c.eventId());
        }
        if (c.personId() != null) {
            conditions.add("personId = :person");
            params.and("person", c.personId());
        }
        if (c.actorId() != null) {
            conditions.add("actorId = :actor");
            params.and("actor", c.actorId());
        }
        return String.join(" and ", conditions);
    }
}
