package org.fabrique.common.persistence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The links an entity keeps as a set of ids (element collections). */
public final class IdSets {
    private IdSets() {}

    /** Makes {@code target} hold {@code values}, touching the collection only when they differ. */
    public static void replace(Set<Long> target, Set<Long> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    /** The ids of {@code slugs} (none for null), in the order they are listed. */
    public static Set<Long> inOrder(Map<String, Long> bySlug, List<String> slugs) {
        Set<Long> ids = new LinkedHashSet<>();
        if (slugs != null) {
            slugs.forEach(slug -> ids.add(bySlug.get(slug)));
        }
        return ids;
    }
}
