package org.fabrique.common.search;

import java.time.Instant;

/**
 * Builds the sort keys of {@link SearchDocument}s: strings whose natural order
 * ({@link String#compareTo}) is the order a feature lists its hits in. Concatenating keys sorts
 * by the first, then the next, as an SQL {@code order by a, b} does.
 */
public final class SortKeys {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SortKeys() {}

    /** Smallest first: 16 hexadecimal digits. */
    public static String ascending(long value) {
        long unsigned = value ^ Long.MIN_VALUE;
        char[] digits = new char[16];
        for (int i = 15; i >= 0; i--) {
            digits[i] = HEX[(int) (unsigned & 0xf)];
            unsigned >>>= 4;
        }
        return new String(digits);
    }

    /** Largest first. */
    public static String descending(long value) {
        return ascending(~value);
    }

    /** Latest first, and rows without a time after every other (SQL {@code desc nulls last}). */
    public static String latestFirst(Instant time) {
        return time == null ? "~~~~~~~~~~~~~~~~" : descending(micros(time));
    }

    /**
     * Text in code-point order, as PostgreSQL's C collation and H2 sort it; a NUL ends it so that a
     * shorter text sorts before its extensions whatever key follows.
     */
    public static String text(String value) {
        return (value == null ? "" : value) + '\u0000';
    }

    private static long micros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000L);
    }
}
