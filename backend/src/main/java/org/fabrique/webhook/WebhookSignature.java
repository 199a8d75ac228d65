package org.fabrique.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} then the base64 HMAC-SHA256 of
 * {@code <webhook-id>.<webhook-timestamp>.<body>} keyed with the base64-decoded part of the secret
 * after {@code whsec_}. {@link #sign} is what Fabrique sends; an instance is a receiver's verifier,
 * which also refuses a timestamp more than five minutes from its clock and a webhook-id it has
 * already accepted (replay protection; it remembers ids for the tolerance window, beyond which
 * the timestamp check refuses a replay by itself).
 */
public final class WebhookSignature {
    public static final String PREFIX = "whsec_";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a verifier made of a delivery. */
    public enum Verdict {
        VALID,
        MISSING_HEADERS,
        BAD_TIMESTAMP,
        BAD_SIGNATURE,
        REPLAYED
    }

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    /** A new secret: {@code whsec_} and the base64 of 32 random bytes. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header's value for this message. */
    public static String sign(String secret, String id, long timestamp, String body) {
        String key = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * Checks a delivery as a receiver must: the three headers present (names in any case), the
     * timestamp within five minutes of {@code now}, one of the signatures of the header (several
     * may be sent, space-separated) equal in constant time to the expected one, and the id never
     * accepted before. Only a VALID delivery's id is remembered.
     */
    public Verdict verify(String secret, Map<String, String> headers, String body, Instant now) {
        Map<String, String> lower = new java.util.HashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        String id = lower.get("webhook-id");
        String timestamp = lower.get("webhook-timestamp");
        String signatures = lower.get("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return Verdict.MISSING_HEADERS;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.BAD_TIMESTAMP;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return Verdict.BAD_TIMESTAMP;
        }
        byte[] expected = sign(secret, id, seconds, body).getBytes(StandardCharsets.UTF_8);
        boolean matches = false;
        for (String candidate : signatures.trim().split(" ")) {
            matches |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8));
        }
        if (!matches) {
            return Verdict.BAD_SIGNATURE;
        }
        seen.values().removeIf(at -> at.isBefore(now.minus(TOLERANCE.multipliedBy(2))));
        if (seen.putIfAbsent(id, now) != null) {
            return Verdict.REPLAYED;
        }
        return Verdict.VALID;
    }
}
