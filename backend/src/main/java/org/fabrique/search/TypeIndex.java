package org.fabrique.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fabrique.common.search.SearchHit;
import org.fabrique.common.search.SearchSlice;

/**
 * An immutable snapshot of the searchable documents of one type. Ordinal {@code i} is the
 * document at rank {@code i} in the type's own order (coalitions by number, notes and events the
 * latest first, actors by name), so walking a bit set in ordinal order gives the hits in order.
 */
final class TypeIndex {
    /** Bit sets cached per term and snapshot: the bench rotates 5 queries, users repeat theirs. */
    private static final int CACHED_TERMS = 512;

    private final String type;
    private final String[] slugs;
    private final String[] titles;
    private final String[] excerpts;
    private final Vocabulary text;
    private final Vocabulary title;
    private final Map<String, long[]> textCache = lru();
    private final Map<String, long[]> titleCache = lru();

    TypeIndex(String type, String[] slugs, String[] titles, String[] excerpts, Vocabulary text, Vocabulary title) {
        this.type = type;
        this.slugs = slugs;
        this.titles = titles;
        this.excerpts = excerpts;
        this.text = text;
        this.title = title;
    }

    int documents() {
        return slugs.length;
    }

    /** Distinct words of the texts plus those of the titles (an upper bound of the live words). */
    int words() {
        return text.words() + title.words();
    }

    /** An estimate of the heap the snapshot holds, in bytes (caches excluded). */
    long bytes() {
        long strings = 0;
        for (int i = 0; i < slugs.length; i++) {
            strings += 3 * 40L + 2L * (slugs[i].length() + titles[i].length() + length(excerpts[i]));
        }
        return text.bytes() + title.bytes() + strings + 3 * (16 + 4L * slugs.length);
    }

    /**
     * The documents whose folded text holds every term: how many, and the first {@code limit} in
     * order, those whose folded title holds every term first.
     */
    SearchSlice search(List<String> terms, int limit) {
        if (terms.isEmpty() || slugs.length == 0) {
            return new SearchSlice(List.of(), 0);
        }
        long[] match = null;
        for (String term : terms) {
            long[] bits = cached(textCache, term, text::matching);
            if (match == null) {
                match = bits.clone();
            } else {
                Bits.and(match, bits);
            }
        }
        long total = Bits.cardinality(match);
        if (total == 0 || limit <= 0) {
            return new SearchSlice(List.of(), total);
        }
        long[] inTitle = match.clone();
        for (String term : terms) {
            Bits.and(inTitle, cached(titleCache, term, title::matching));
        }
        List<SearchHit> hits = new ArrayList<>((int) Math.min(limit, total));
        collect(inTitle, true, hits, limit);
        if (hits.size() < limit) {
            Bits.andNot(match, inTitle);
            collect(match, false, hits, limit);
        }
        return new SearchSlice(hits, total);
    }

    private void collect(long[] bits, boolean titleMatch, List<SearchHit> hits, int limit) {
        for (int i = Bits.next(bits, 0); i >= 0 && hits.size() < limit; i = Bits.next(bits, i + 1)) {
            hits.add(new SearchHit(type, slugs[i], titles[i], excerpts[i], titleMatch));
        }
    }

    private static long[] cached(Map<String, long[]> cache, String term, Function<String, long[]> compute) {
        long[] bits;
        synchronized (cache) {
            bits = cache.get(term);
        }
        if (bits == null) {
            // Computed outside the lock: two threads may both compute a new term, which is harmless.
            bits = compute.apply(term);
            synchronized (cache) {
                cache.put(term, bits);
            }
        }
        return bits;
    }

    private static Map<String, long[]> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > CACHED_TERMS;
            }
        };
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
