package org.fabrique.account;

import jakarta.enterprise.context.RequestScoped;

/** Holds the caller of the current request once resolved, so ownership checks cost one lookup. */
@RequestScoped
public class CallerCache {
    private Caller caller;

    Caller get() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }
}
