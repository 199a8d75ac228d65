package org.fabrique.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A keyset position in a list read in (updatedAt, id) order: the last item's update time (to the
 * microsecond, as stored) and id, handed out as an opaque string (base64url of "micros.id").
 */
public record ListCursor(OffsetDateTime updatedAt, long id) {
    private static final Pattern SHAPE = Pattern.compile("-?\\d{1,19}\\.\\d{1,19}");

    public static ListCursor parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(value.trim()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw PageRequest.invalid(parameter, "is not a cursor handed out by this API");
        }
        if (!SHAPE.matcher(text).matches()) {
            throw PageRequest.invalid(parameter, "is not a cursor handed out by this API");
        }
        int dot = text.indexOf('.');
        try {
            long micros = Long.parseLong(text.substring(0, dot));
            Instant at =
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
            return new ListCursor(at.atOffset(ZoneOffset.UTC), Long.parseLong(text.substring(dot + 1)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw PageRequest.invalid(parameter, "is not a cursor handed out by this API");
        }
    }

    public String encode() {
        Instant at = updatedAt.toInstant();
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000L);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((micros + "." + id).getBytes(StandardCharsets.US_ASCII));
    }
}
