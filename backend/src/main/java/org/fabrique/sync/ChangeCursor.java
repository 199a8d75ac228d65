package org.fabrique.sync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.fabrique.common.paging.PageRequest;

/**
 * A position in the change log: the transaction id and the row id of the last change read, handed
 * out as an opaque string (base64url of "tx.id"). Positions compare in (tx, id) order, the order
 * in which the feed serves changes.
 */
public record ChangeCursor(long tx, long id) implements Comparable<ChangeCursor> {
    private static final Pattern SHAPE = Pattern.compile("\\d{1,18}\\.\\d{1,18}");

    /** Reads a cursor from a query parameter; anything that was not handed out is a 400 naming it. */
    public static ChangeCursor parse(String parameter, String value) {
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
        return new ChangeCursor(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
    }

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((tx + "." + id).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int compareTo(ChangeCursor other) {
        int byTx = Long.compare(tx, other.tx);
        return byTx != 0 ? byTx : Long.compare(id, other.id);
    }

    public boolean isBefore(ChangeCursor other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return encode();
    }
}
