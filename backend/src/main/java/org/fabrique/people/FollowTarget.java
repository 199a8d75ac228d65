package org.fabrique.people;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person may follow. */
@Schema(name = "FollowTarget", description = "What a person may follow")
public enum FollowTarget {
    coalition,
    territory,
    axis,
    event;

    /** The target of that name, or null. */
    public static FollowTarget of(String name) {
        for (FollowTarget t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
