package org.fabrique.actor;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.fabrique.common.history.HistoryReader;
import org.fabrique.common.security.AccessDenial;
import org.fabrique.common.security.Roles;

/**
 * Who may change an actor or a person: admins and editors all of them; otherwise the owners of the
 * actor ({@link ActorStewardship}: the accounts linked to it, the coordinators of all its
 * coalitions), and for a person, the owners of the actor the person acts for (a person without an
 * actor belongs to admins and editors). Partner clients never. Checked by Quarkus before the body
 * is validated; an unknown slug passes for a caller who might own something, so that the endpoint
 * answers 404.
 */
@ApplicationScoped
public class ActorAccess {
    /** The permission of endpoints that change or delete an actor ({@code @PermissionsAllowed}). */
    public static final String EDIT = "actor:edit";

    /** The permission of endpoints that change or delete a person. */
    public static final String PERSON_EDIT = "person:edit";

    static final Set<String> STAFF = Set.of(Roles.ADMIN, Roles.EDITOR);

    private final ActorRepository actors;
    private final PersonRepository people;
    private final ActorStewardship stewardship;
    private final AccessDenial denial;
    private final HistoryReader history;

    ActorAccess(
            ActorRepository actors,
            PersonRepository people,
            ActorStewardship stewardship,
            AccessDenial denial,
            HistoryReader history) {
        this.history = history;
        this.actors = actors;
        this.people = people;
        this.stewardship = stewardship;
        this.denial = denial;
    }

    @PermissionChecker(EDIT)
    boolean mayEditActor(SecurityIdentity identity, String slug) {
        if (STAFF.stream().anyMatch(identity::hasRole)) {
            return true;
        }
        if (identity.hasRole(Roles.PARTNER)) {
            return false;
        }
        return decide(actors.findBySlug(slug).map(Actor::getId), "the actor " + slug);
    }

    @PermissionChecker(PERSON_EDIT)
    boolean mayEditPerson(SecurityIdentity identity, String slug) {
        if (STAFF.stream().anyMatch(identity::hasRole)) {
            return true;
        }
        if (identity.hasRole(Roles.PARTNER)) {
            return false;
        }
        Optional<Person> person = people.findBySlug(slug);
        if (person.isPresent() && person.get().getActorId() == null) {
            denial.record("The person " + slug + " acts for no actor: only admins and editors change them");
            return false;
        }
        return decide(person.map(Person::getActorId), "the actor of the person " + slug);
    }

    /** Whether the caller may change the actor of this id (not staff, not partner). */
    public boolean mayEdit(long actorId) {
        return stewardship.mayEdit(actorId, () -> history.creator(Actor.class, actorId));
    }

    private boolean decide(Optional<Long> actorId, String what) {
        if (actorId.isEmpty()) {
            return stewardship.mayEditSome();
        }
        if (mayEdit(actorId.get())) {
            return true;
        }
        denial.record("You neither act for " + what + " nor coordinate every coalition it is a member of");
        return false;
    }
}
