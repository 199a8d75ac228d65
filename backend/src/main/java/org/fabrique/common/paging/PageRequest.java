package org.fabrique.common.paging;

import java.util.Set;
import org.fabrique.common.error.DomainException;

/**
 * A validated page request. Query parameters arrive as strings so that "page=abc" is a clear 400
 * problem with the field named, not a framework 404.
 */
public record PageRequest(int page, int size, String sort, boolean descending, UpdatedSince since) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    public PageRequest(int page, int size, String sort, boolean descending) {
        this(page, size, sort, descending, null);
    }

    /** The same request, read incrementally when {@code since} is not null. */
    public PageRequest withSince(UpdatedSince since) {
        return new PageRequest(page, size, sort, descending, since);
    }

    public int offset() {
        return page * size;
    }

    /**
     * @param sort a property of {@code allowedSorts}, optionally prefixed with '-' for descending
     */
    public static PageRequest of(String page, String size, String sort, Set<String> allowedSorts, String defaultSort) {
        int p = parse("page", page, 0, 0, MAX_PAGE);
        int s = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        String raw = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        boolean desc = raw.startsWith("-");
        String property = desc ? raw.substring(1) : raw;
        if (!allowedSorts.contains(property)) {
            throw invalid(
                    "sort",
                    "must be one of "
                            + String.join(", ", allowedSorts.stream().sorted().toList())
                            + " (prefix with '-' for descending)");
        }
        return new PageRequest(p, s, property, desc);
    }

    public static PageRequest of(String page, String size) {
        return new PageRequest(
                parse("page", page, 0, 0, MAX_PAGE), parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE), null, false);
    }

    public static int parse(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, "must be an integer");
        }
        if (parsed < min || parsed > max) {
            throw invalid(name, "must be between {0} and {1}", String.valueOf(min), String.valueOf(max));
        }
        return parsed;
    }

    public static DomainException invalid(String name, String message, Object... args) {
        return DomainException.invalidQueryParameter(name, message, args);
    }
}
