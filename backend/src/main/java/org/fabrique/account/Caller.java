package org.fabrique.account;

import java.util.Set;

/**
 * Who is calling, as the rules of ownership need it: the account, its roles, the actors it acts
 * for and the territories it manages. {@link #anonymous()} when no one signed in.
 */
public record Caller(Long accountId, String subject, Set<String> roles, Set<Long> actorIds, Set<Long> territoryIds) {
    public static Caller anonymous() {
        return new Caller(null, null, Set.of(), Set.of(), Set.of());
    }

    public boolean isAnonymous() {
        return accountId == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
