package org.fabrique.note;

import static org.fabrique.common.search.SearchSource.NONE;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.fabrique.common.search.SearchSource;

/** Published notes for the search (drafts are never found). */
public final class NoteSearchSource {
    private NoteSearchSource() {}

    @Produces
    @Singleton
    static SearchSource note() {
        return new SearchSource(
                "note",
                Set.of("note"),
                "select n.id, n.search_vector as document, fabrique_fold(n.title) as folded_title, n.published_at as recency from note n"
                        + " where n.status = 'PUBLISHED'",
                "select n.id, n.slug, n.title, n.title as own_title, n.excerpt, n.body_markdown as body, n.lang, "
                        + NONE + " as context_type, " + NONE + " as context_slug, " + NONE
                        + " as context_title from note n",
                new SearchSource.Translated("note", "title", "excerpt"));
    }
}
