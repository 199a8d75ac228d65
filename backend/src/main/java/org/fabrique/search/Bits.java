package org.fabrique.search;

/** Plain {@code long[]} bit sets over document ordinals: only what the index needs. */
final class Bits {
    private Bits() {}

    static long[] empty(int size) {
        return new long[(size + 63) >>> 6];
    }

    static void setAll(long[] bits, int[] ordinals) {
        for (int o : ordinals) {
            bits[o >>> 6] |= 1L << o;
        }
    }

    static void or(long[] target, long[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] |= other[i];
        }
    }

    static void and(long[] target, long[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] &= other[i];
        }
    }

    static void andNot(long[] target, long[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] &= ~other[i];
        }
    }

    static long cardinality(long[] bits) {
        long n = 0;
        for (long word : bits) {
            n += Long.bitCount(word);
        }
        return n;
    }

    /** The first set bit at or after {@code from}, or -1. */
    static int next(long[] bits, int from) {
        int i = from >>> 6;
        if (i >= bits.length) {
            return -1;
        }
        long word = bits[i] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (i << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++i == bits.length) {
                return -1;
            }
            word = bits[i];
        }
    }
}
