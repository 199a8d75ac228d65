package org.fabrique.common.search;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import java.time.Instant;
import java.util.List;
import org.fabrique.common.persistence.CommittedWrites;
import org.fabrique.common.persistence.RowVersion;
import org.fabrique.common.persistence.UpdateTimes;

/**
 * A {@link SearchSource} over one entity table: the stamps, counts and change lists come from the
 * table's {@code updated_at} and this JVM's {@link CommittedWrites}; a feature only says how its
 * rows become {@link SearchDocument}s. Subclasses are {@code @Singleton} beans (no client proxy:
 * the constructor takes the repository).
 */
public abstract class EntitySearchSource<E> implements SearchSource {
    private final String type;
    private final Class<E> entity;
    private final PanacheRepository<E> repository;

    protected EntitySearchSource(String type, Class<E> entity, PanacheRepository<E> repository) {
        this.type = type;
        this.entity = entity;
        this.repository = repository;
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final Instant latestUpdate() {
        return UpdateTimes.latest(repository.getEntityManager(), entity.getSimpleName());
    }

    @Override
    public final long count() {
        return repository.count();
    }

    @Override
    public final List<RowVersion> updatedSince(Instant since) {
        return UpdateTimes.since(repository.getEntityManager(), entity.getSimpleName(), since);
    }

    @Override
    public final long localCommits() {
        return CommittedWrites.count(entity);
    }
}
