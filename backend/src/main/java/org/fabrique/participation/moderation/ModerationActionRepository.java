package org.fabrique.participation.moderation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The log of moderators' decisions. */
@ApplicationScoped
public class ModerationActionRepository implements PanacheRepository<ModerationAction> {}
