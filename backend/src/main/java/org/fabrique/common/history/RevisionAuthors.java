package org.fabrique.common.history;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The people behind revisions: implemented by the account feature (which sits above common). */
public interface RevisionAuthors {
    /** The subject of the current request's signed-in caller (from the token: no query), else empty. */
    Optional<String> currentSubject();

    /** The display name the caller's token gives (never an e-mail address), else empty. */
    Optional<String> currentName();

    /** The display names of the accounts of these subjects (those that still exist). */
    Map<String, String> names(Collection<String> subjects);
}
