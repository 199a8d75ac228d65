package org.fabrique.event;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EventSessionRepository implements PanacheRepository<EventSession> {
    public List<EventSession> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public Optional<EventSession> findInEvent(long eventId, long sessionId) {
        return find("id = ?1 and event.id = ?2", sessionId, eventId).firstResultOptional();
    }
}
