package org.fabrique.support;

import java.util.UUID;

/** Unique values so that every test makes its own data and never depends on another's. */
public final class TestData {
    private TestData() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
