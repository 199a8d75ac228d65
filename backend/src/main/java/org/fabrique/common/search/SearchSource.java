package org.fabrique.common.search;

import java.util.Set;

/**
 * What a searchable feature offers the cross-feature search: two SQL selects over its own tables,
 * which the search feature combines into one statement per step.
 *
 * @param type the type named in results and in the {@code type} filter, e.g. "note"
 * @param tables the tables the two selects read: a change to one of them changes search results
 * @param candidates the rows the public may find, with the columns {@code id} (bigint),
 *     {@code document} (the row's weighted tsvector), {@code folded_title} (the title through
 *     {@code fabrique_fold}, as its trigram index is built) and {@code recency} (a timestamp:
 *     among equally relevant hits, the latest come first)
 * @param display what a hit shows, with the columns {@code id}, {@code slug}, {@code title},
 *     {@code excerpt}, {@code body} (the text the snippet is cut from), {@code context_type},
 *     {@code context_slug}, {@code context_title} (where the hit is shown, for records without
 *     a page of their own; text nulls otherwise) and {@code lang} (the language the texts are
 *     written in); a translated source's display also has {@code own_title}, the title as it is
 *     translated (the displayed title may add to it, such as a coalition's number)
 * @param translated how the title and excerpt of the records are translated, or null when they
 *     have no translations
 */
public record SearchSource(String type, Set<String> tables, String candidates, String display, Translated translated) {
    public SearchSource {
        tables = Set.copyOf(tables);
    }

    public SearchSource(String type, Set<String> tables, String candidates, String display) {
        this(type, tables, candidates, display, null);
    }

    /**
     * The translations of the records' texts ({@code content_translation}): their kind and the
     * fields shown as the hit's title and excerpt.
     */
    public record Translated(String kind, String titleField, String excerptField) {}

    /** A typed SQL null for the display's unused columns. */
    public static final String NONE = "cast(null as text)";
}
