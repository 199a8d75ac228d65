package org.fabrique.event;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.fabrique.account.PartnerScope;
import org.fabrique.common.security.Roles;

/**
 * Who may write events: admins and editors all; a partner platform ({@link PartnerScope}) the
 * events its actor organises: it creates them (its actor is added to the organisers), replaces
 * those whose organisers include its actor (its actor stays among them), and deletes those its
 * actor organises alone (a co-organiser's event is not its to delete). Checked by Quarkus before
 * the request body is validated; an unknown slug passes, so that the endpoint answers 404.
 */
@ApplicationScoped
public class EventAccess {
    public static final String CREATE = "event:create";
    public static final String EDIT = "event:edit";
    public static final String DELETE = "event:delete";

    /** The roles that write every event; the partner rules do not limit them. */
    static final Set<String> STAFF = Set.of(Roles.ADMIN, Roles.EDITOR);

    private final PartnerScope partners;
    private final EventRepository events;

    EventAccess(PartnerScope partners, EventRepository events) {
        this.partners = partners;
        this.events = events;
    }

    /** Blocking: without a parameter of the endpoint, Quarkus would run it on the event loop. */
    @PermissionChecker(CREATE)
    @Blocking
    boolean mayCreate(SecurityIdentity identity) {
        if (STAFF.stream().anyMatch(identity::hasRole)) {
            return true;
        }
        if (!PartnerScope.governs(identity, STAFF)) {
            return false;
        }
        partners.actorId();
        return true;
    }

    @PermissionChecker(EDIT)
    boolean mayEdit(SecurityIdentity identity, String slug) {
        return mayChange(identity, slug, false);
    }

    @PermissionChecker(DELETE)
    boolean mayDelete(SecurityIdentity identity, String slug) {
        return mayChange(identity, slug, true);
    }

    private boolean mayChange(SecurityIdentity identity, String slug, boolean alone) {
        if (STAFF.stream().anyMatch(identity::hasRole)) {
            return true;
        }
        if (!PartnerScope.governs(identity, STAFF)) {
            return false;
        }
        long actorId = partners.actorId();
        Optional<Set<Long>> found = events.organisersOf(slug);
        if (found.isEmpty()) {
            return true;
        }
        Set<Long> organisers = found.get();
        if (!organisers.contains(actorId)) {
            throw partners.notYours("The event " + slug);
        }
        if (alone && organisers.size() > 1) {
            throw partners.notYours("The event " + slug + ", which other actors co-organise,");
        }
        return true;
    }
}
