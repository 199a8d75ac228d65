package org.fabrique.participation.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.fabrique.participation.submission.Fingerprints;

/**
 * Signed erasure tokens: {@code base64url(emailHash.expiry.nonce).base64url(HMAC)}. Nothing is
 * stored when a token is issued; its nonce is recorded when it is used, so it works once.
 */
@ApplicationScoped
public class ErasureTokens {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private final Fingerprints fingerprints;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    public ErasureTokens(Fingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** What a valid token stands for. */
    public record Claims(String emailHash, long expiresAt, String nonce) {}

    public String issue(String emailHash, long lifetimeSeconds) {
        byte[] nonce = new byte[18];
        random.nextBytes(nonce);
        String payload = emailHash + "." + (clock.instant().getEpochSecond() + lifetimeSeconds) + "."
                + ENCODER.encodeToString(nonce);
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(fingerprints.sign("erasure:" + payload));
    }

    /** The claims of a well-signed, unexpired token; empty otherwise. */
    public Optional<Claims> verify(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        try {
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, fingerprints.sign("erasure:" + payload))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\\.");
            if (parts.length != 3) {
                return Optional.empty();
            }
            long expiresAt = Long.parseLong(parts[1]);
            if (expiresAt < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new Claims(parts[0], expiresAt, parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
