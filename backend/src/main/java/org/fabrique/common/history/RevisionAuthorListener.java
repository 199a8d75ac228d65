package org.fabrique.common.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the caller's subject. Envers creates the listener itself (no CDI
 * injection), so it looks the bean up; it runs during the flush, so it reads the token and never
 * queries.
 */
public class RevisionAuthorListener implements RevisionListener {
    @Override
    public void newRevision(Object revisionEntity) {
        if (!(revisionEntity instanceof Revision revision)
                || !Arc.container().requestContext().isActive()) {
            return;
        }
        try (InstanceHandle<RevisionAuthors> authors = Arc.container().instance(RevisionAuthors.class)) {
            if (authors.isAvailable()) {
                authors.get().currentSubject().ifPresent(revision::setAuthorSubject);
                authors.get().currentName().ifPresent(revision::setAuthorName);
            }
        }
    }
}
