package org.fabrique.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.fabrique.common.search.SearchDocument;

/**
 * The documents of one type as the refresher keeps them between snapshots: each searchable
 * document with its distinct words (as ids in a dictionary), and the ids of the rows that exist
 * but may not be found. Not thread-safe: only the thread refreshing the type touches it, and
 * readers only see the immutable {@link TypeIndex} it builds.
 */
final class DocumentTable {
    private static final int[] NO_WORDS = new int[0];

    private final Map<String, Integer> wordIds = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final Map<Long, Entry> entries = new HashMap<>();
    private final Map<Long, Instant> hidden = new HashMap<>();

    private record Entry(
            long id,
            Instant updatedAt,
            String slug,
            String title,
            String excerpt,
            String sortKey,
            int[] textWords,
            int[] titleWords) {}

    /** The update time of the row as last read, or null when the table does not hold it. */
    Instant updatedAt(long id) {
        Entry entry = entries.get(id);
        return entry != null ? entry.updatedAt() : hidden.get(id);
    }

    /** Rows held, searchable or not: what the database count must equal. */
    int rows() {
        return entries.size() + hidden.size();
    }

    Set<Long> ids() {
        Set<Long> ids = new HashSet<>(entries.keySet());
        ids.addAll(hidden.keySet());
        return ids;
    }

    /** Adds or replaces a row. */
    void put(SearchDocument d) {
        remove(d.id());
        if (!d.searchable()) {
            hidden.put(d.id(), d.updatedAt());
            return;
        }
        entries.put(
                d.id(),
                new Entry(
                        d.id(),
                        d.updatedAt(),
                        d.slug(),
                        d.title(),
                        d.excerpt(),
                        d.sortKey(),
                        wordsOf(d.foldedText()),
                        wordsOf(d.foldedTitle())));
    }

    void remove(long id) {
        entries.remove(id);
        hidden.remove(id);
    }

    /** An immutable snapshot: documents ranked by sort key, then the postings of every word. */
    TypeIndex snapshot(String type) {
        Entry[] ranked = entries.values().toArray(new Entry[0]);
        Arrays.sort(ranked, Comparator.comparing(Entry::sortKey).thenComparingLong(Entry::id));
        int n = ranked.length;
        String[] slugs = new String[n];
        String[] titles = new String[n];
        String[] excerpts = new String[n];
        for (int i = 0; i < n; i++) {
            slugs[i] = ranked[i].slug();
            titles[i] = ranked[i].title();
            excerpts[i] = ranked[i].excerpt();
        }
        return new TypeIndex(
                type, slugs, titles, excerpts, invert(ranked, Entry::textWords), invert(ranked, Entry::titleWords));
    }

    /**
     * An estimate of the heap held besides the snapshot's strings, in bytes: the dictionary, and
     * each document's word ids (kept to rebuild the postings without re-reading the texts).
     */
    long bytes() {
        long size = 0;
        for (Entry e : entries.values()) {
            size += 64 + 48 + 16L * 2 + 4L * (e.textWords().length + e.titleWords().length);
        }
        for (String word : words) {
            size += 48 + 40 + word.length();
        }
        return size + 48L * hidden.size();
    }

    /** Words ever seen, including those no document holds any more (dropped by a full reload). */
    int dictionarySize() {
        return words.size();
    }

    private Vocabulary invert(Entry[] ranked, Function<Entry, int[]> field) {
        int[] frequency = new int[words.size()];
        for (Entry e : ranked) {
            for (int w : field.apply(e)) {
                frequency[w]++;
            }
        }
        int[][] lists = new int[words.size()][];
        for (int w = 0; w < lists.length; w++) {
            lists[w] = frequency[w] == 0 ? NO_WORDS : new int[frequency[w]];
        }
        int[] filled = new int[words.size()];
        for (int ordinal = 0; ordinal < ranked.length; ordinal++) {
            for (int w : field.apply(ranked[ordinal])) {
                lists[w][filled[w]++] = ordinal;
            }
        }
        List<String> present = new ArrayList<>();
        List<int[]> postings = new ArrayList<>();
        for (int w = 0; w < lists.length; w++) {
            if (frequency[w] > 0) {
                present.add(words.get(w));
                postings.add(lists[w]);
            }
        }
        return new Vocabulary(ranked.length, present, postings);
    }

    /** The distinct words of a folded text (lower case, single spaces), as sorted dictionary ids. */
    private int[] wordsOf(String folded) {
        if (folded == null || folded.isEmpty()) {
            return NO_WORDS;
        }
        int[] ids = new int[16];
        int count = 0;
        int start = 0;
        int length = folded.length();
        while (start < length) {
            int end = folded.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                String word = folded.substring(start, end);
                Integer id = wordIds.get(word);
                if (id == null) {
                    id = words.size();
                    words.add(word);
                    wordIds.put(word, id);
                }
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, count * 2);
                }
                ids[count++] = id;
            }
            start = end + 1;
        }
        Arrays.sort(ids, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || ids[i] != ids[distinct - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }
}
