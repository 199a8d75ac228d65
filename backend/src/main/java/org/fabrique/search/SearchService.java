package org.fabrique.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.search.SearchHit;
import org.fabrique.common.search.SearchSlice;
import org.fabrique.common.text.TextNormalizer;

/**
 * Searches every searchable type with the same folded terms (case- and accent-insensitive, every
 * term must occur in the text, as a substring) in the in-memory {@link SearchIndex}, and merges
 * the slices: title hits first, then by type.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {
    public static final List<String> TYPES = List.of("coalition", "note", "actor", "event");
    static final int MAX_WINDOW = 500;

    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
        if (!index.types().containsAll(TYPES)) {
            throw new IllegalStateException("search sources " + index.types() + " do not cover " + TYPES);
        }
    }

    public SearchResults search(String query, Set<String> types, PageRequest page) {
        List<String> terms = TextNormalizer.terms(query);
        if (terms.isEmpty() || String.join("", terms).length() < 2) {
            throw PageRequest.invalid("q", "must hold at least 2 letters or digits");
        }
        int window = page.offset() + page.size();
        if (window > MAX_WINDOW) {
            throw PageRequest.invalid("page", "search results stop at " + MAX_WINDOW + "; refine the query");
        }
        List<SearchHit> merged = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (String type : TYPES) {
            if (!types.isEmpty() && !types.contains(type)) {
                continue;
            }
            SearchSlice slice = index.current(type).search(terms, window);
            merged.addAll(slice.hits());
            counts.put(type, slice.total());
            total += slice.total();
        }
        // Stable sort: title hits first; inside each group the order of types and of each slice stays.
        merged.sort(Comparator.comparing(hit -> !hit.titleMatch()));
        List<SearchHit> items = merged.subList(Math.min(page.offset(), merged.size()), Math.min(window, merged.size()));
        int totalPages = (int) ((total + page.size() - 1) / page.size());
        return new SearchResults(query.trim(), List.copyOf(items), page.page(), page.size(), total, totalPages, counts);
    }
}
