package org.fabrique.participation;

/**
 * Who sends a contribution: a signed-in member's account (the name then defaults to theirs), or
 * an anonymous reader's name and e-mail address (with its keyed hash).
 */
public record Author(Long accountId, String name, String email, String emailHash) {
    public boolean signedIn() {
        return accountId != null;
    }
}
