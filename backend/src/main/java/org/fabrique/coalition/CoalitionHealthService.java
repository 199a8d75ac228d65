package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.fabrique.common.error.DomainException;

/** The health of one coalition (the directory gives many at once). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoalitionHealthService {
    private final CoalitionHealthRepository repository;

    public CoalitionHealthService(CoalitionHealthRepository repository) {
        this.repository = repository;
    }

    public CoalitionHealth of(String slug) {
        CoalitionHealth health = repository
                .bySlug(Set.of(slug), OffsetDateTime.now(ZoneOffset.UTC))
                .get(slug);
        if (health == null) {
            throw DomainException.notFound("coalition", slug);
        }
        return health;
    }
}
