package org.fabrique.participation.moderation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Used erasure links. */
@ApplicationScoped
public class ErasureTokenUseRepository implements PanacheRepositoryBase<ErasureTokenUse, String> {}
