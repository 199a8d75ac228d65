package org.fabrique.search;

import java.util.List;

/**
 * The distinct words of one text field of a type's documents, each with the documents (ordinals)
 * that hold it. Immutable.
 *
 * <p>A query term matches every word that contains it, as {@code LIKE '%term%'} did on the folded
 * text: a term has no space, so it can only occur inside one word. The words are kept in one
 * string, separated by newlines, so that finding them all is a few {@link String#indexOf} calls
 * (vectorised by the JVM) instead of a loop over the words.
 */
final class Vocabulary {
    private final int documents;
    private final String joined;
    private final int[] starts;
    /** Per word: an {@code int[]} of sorted ordinals, or a {@code long[]} bit set when frequent. */
    private final Object[] postings;

    private final long bytes;

    Vocabulary(int documents, List<String> words, List<int[]> postingLists) {
        this.documents = documents;
        StringBuilder sb = new StringBuilder(words.size() * 10 + 1).append('\n');
        starts = new int[words.size() + 1];
        postings = new Object[words.size()];
        long size = 0;
        for (int i = 0; i < words.size(); i++) {
            starts[i] = sb.length();
            sb.append(words.get(i)).append('\n');
            int[] list = postingLists.get(i);
            if ((long) list.length * 32 >= documents) {
                long[] bits = Bits.empty(documents);
                Bits.setAll(bits, list);
                postings[i] = bits;
                size += 16 + 8L * bits.length;
            } else {
                postings[i] = list;
                size += 16 + 4L * list.length;
            }
        }
        starts[words.size()] = sb.length();
        joined = sb.toString();
        bytes = size + 2L * joined.length() + 4L * starts.length + 8L * postings.length;
    }

    int words() {
        return postings.length;
    }

    /** The documents holding a word that contains {@code term}, as a new bit set. */
    long[] matching(String term) {
        long[] bits = Bits.empty(documents);
        int from = 0;
        int at;
        while ((at = joined.indexOf(term, from)) >= 0) {
            int word = wordAt(at);
            Object list = postings[word];
            if (list instanceof long[] set) {
                Bits.or(bits, set);
            } else {
                Bits.setAll(bits, (int[]) list);
            }
            from = starts[word + 1];
        }
        return bits;
    }

    /** An estimate of the heap this vocabulary holds, in bytes. */
    long bytes() {
        return bytes;
    }

    private int wordAt(int position) {
        int low = 0;
        int high = starts.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
