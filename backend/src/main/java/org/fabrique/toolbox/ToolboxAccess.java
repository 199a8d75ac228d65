package org.fabrique.toolbox;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.account.PartnerScope;
import org.fabrique.common.security.AccessDenial;
import org.fabrique.common.security.Roles;

/**
 * Who may write the toolbox: admins, territory managers and editors everything; the accounts linked
 * to the publishing (or carrying) actor replace and delete its records; a partner platform
 * ({@link PartnerScope}) the shared resources its actor publishes and the local initiatives its
 * actor carries: it creates them (the actor is set to its own), replaces and deletes them. Checked
 * by Quarkus before the request body is validated, so that a caller without the right learns 403
 * and nothing else; an unknown slug passes, so that the endpoint answers 404.
 */
@ApplicationScoped
public class ToolboxAccess {
    public static final String RESOURCE_CREATE = "resource:create";
    public static final String RESOURCE_EDIT = "resource:edit";
    public static final String RESOURCE_DELETE = "resource:delete";
    public static final String RESOURCE_PATCH = "resource:patch";
    public static final String INITIATIVE_CREATE = "initiative:create";
    public static final String INITIATIVE_EDIT = "initiative:edit";
    public static final String INITIATIVE_DELETE = "initiative:delete";
    public static final String INITIATIVE_PATCH = "initiative:patch";

    /** The roles that write the whole toolbox; the partner rules do not limit them. */
    static final Set<String> STAFF = Set.of(Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR);

    private final PartnerScope partners;
    private final AccountService accounts;
    private final AccessDenial denial;
    private final SharedResourceRepository resources;
    private final LocalInitiativeRepository initiatives;

    ToolboxAccess(
            PartnerScope partners,
            AccountService accounts,
            AccessDenial denial,
            SharedResourceRepository resources,
            LocalInitiativeRepository initiatives) {
        this.partners = partners;
        this.accounts = accounts;
        this.denial = denial;
        this.resources = resources;
        this.initiatives = initiatives;
    }

    @PermissionChecker(RESOURCE_CREATE)
    boolean mayCreateResource(SecurityIdentity identity, SharedResourceInput input) {
        return mayCreate(identity, input == null ? null : input.publisher(), "publisher");
    }

    @PermissionChecker(RESOURCE_EDIT)
    boolean mayEditResource(SecurityIdentity identity, String slug, SharedResourceInput input) {
        return mayChange(
                identity,
                resources.findBySlug(slug).map(r -> Optional.ofNullable(r.getPublisherActorId())),
                "The resource " + slug,
                input == null ? null : input.publisher(),
                "publisher");
    }

    /** A merge patch: the resource must be the partner's; the service keeps its actor as publisher. */
    @PermissionChecker(RESOURCE_PATCH)
    boolean mayPatchResource(SecurityIdentity identity, String slug) {
        return mayDeleteResource(identity, slug);
    }

    @PermissionChecker(RESOURCE_DELETE)
    boolean mayDeleteResource(SecurityIdentity identity, String slug) {
        return mayChange(
                identity,
                resources.findBySlug(slug).map(r -> Optional.ofNullable(r.getPublisherActorId())),
                "The resource " + slug,
                null,
                "publisher");
    }

    @PermissionChecker(INITIATIVE_CREATE)
    boolean mayCreateInitiative(SecurityIdentity identity, LocalInitiativeInput input) {
        return mayCreate(identity, input == null ? null : input.actor(), "actor");
    }

    @PermissionChecker(INITIATIVE_EDIT)
    boolean mayEditInitiative(SecurityIdentity identity, String slug, LocalInitiativeInput input) {
        return mayChange(
                identity,
                initiatives.findBySlug(slug).map(i -> Optional.ofNullable(i.getActorId())),
                "The initiative " + slug,
                input == null ? null : input.actor(),
                "actor");
    }

    /** A merge patch: the initiative must be the partner's; the service keeps its actor. */
    @PermissionChecker(INITIATIVE_PATCH)
    boolean mayPatchInitiative(SecurityIdentity identity, String slug) {
        return mayDeleteInitiative(identity, slug);
    }

    @PermissionChecker(INITIATIVE_DELETE)
    boolean mayDeleteInitiative(SecurityIdentity identity, String slug) {
        return mayChange(
                identity,
                initiatives.findBySlug(slug).map(i -> Optional.ofNullable(i.getActorId())),
                "The initiative " + slug,
                null,
                "actor");
    }

    private boolean mayCreate(SecurityIdentity identity, String namedActor, String field) {
        if (STAFF.stream().anyMatch(identity::hasRole)) {
            return true;
        }
        if (!PartnerScope.governs(identity, STAFF)) {
            return false;
        }
        partners.requireOwnActor(partners.actorId(), namedActor, field);
        return true;
    }

    /**
     * @param owner empty when the slug names nothing (the endpoint answers 404), else the owning
     *     actor (empty when none)
     */
    private boolean mayChange(
            SecurityIdentity identity, Optional<Optional<Long>> owner, String what, String namedActor, String field) {
        if (STAFF.stream().anyMatch(identity::hasRole)) {
            return true;
        }
        if (!PartnerScope.governs(identity, STAFF)) {
            return linkedOwner(owner, what, namedActor, field);
        }
        long actorId = partners.actorId();
        if (owner.isEmpty()) {
            return true;
        }
        if (!Objects.equals(owner.get().orElse(null), actorId)) {
            throw partners.notYours(what);
        }
        partners.requireOwnActor(actorId, namedActor, field);
        return true;
    }

    /**
     * A person (not a partner client) whose account is linked to the owning actor changes and
     * deletes its records, and may not hand them to another actor.
     */
    private boolean linkedOwner(Optional<Optional<Long>> owner, String what, String namedActor, String field) {
        Caller caller = accounts.caller();
        if (owner.isEmpty()) {
            return !caller.actorIds().isEmpty();
        }
        Long actorId = owner.get().orElse(null);
        if (actorId == null || !caller.actorIds().contains(actorId)) {
            if (!caller.actorIds().isEmpty()) {
                denial.record(what + " does not belong to an actor your account is linked to");
            }
            return false;
        }
        partners.requireOwnActor(actorId, namedActor, field);
        return true;
    }
}
