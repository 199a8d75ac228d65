package org.fabrique.common.paging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses query parameters that arrive as strings, turning bad values into 400 problems. */
public final class QueryParams {
    private QueryParams() {}

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ")
                    .append(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw PageRequest.invalid(name, "must be one of " + allowed);
    }

    /** Accepts an ISO date (2020-04-21) or date-time with offset (2020-04-21T09:00:00+02:00). */
    public static OffsetDateTime dateTime(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            try {
                LocalDate date = LocalDate.parse(value.trim());
                return endOfDay
                        ? date.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC)
                        : date.atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw PageRequest.invalid(name, "must be an ISO-8601 date or date-time with offset");
            }
        }
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw PageRequest.invalid(name, "must be at most " + maxLength + " characters");
        }
        return value.trim();
    }
}
