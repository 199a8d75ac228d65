package org.fabrique.coalition.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MembershipEventRepository implements PanacheRepository<MembershipEvent> {
    public List<MembershipEvent> of(long coalitionId, long actorId) {
        return list("coalitionId = ?1 and actorId = ?2", Sort.by("at").and("id"), coalitionId, actorId);
    }
}
