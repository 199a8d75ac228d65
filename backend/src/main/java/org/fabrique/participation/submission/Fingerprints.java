package org.fabrique.participation.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.fabrique.common.text.TextNormalizer;
import org.fabrique.participation.ParticipationConfig;

/**
 * Keyed hashes (HMAC-SHA256 with the participation secret) of e-mail addresses, client addresses,
 * accounts and texts: what rate limits, duplicate detection, reports and erasure compare, without
 * keeping the client address at all.
 */
@ApplicationScoped
public class Fingerprints {
    private final byte[] key;

    public Fingerprints(ParticipationConfig config) {
        this.key = config.secret().getBytes(StandardCharsets.UTF_8);
    }

    public String email(String email) {
        return email == null || email.isBlank()
                ? null
                : hex("email:" + email.trim().toLowerCase(Locale.ROOT));
    }

    public String address(String clientIp) {
        return hex("ip:" + (clientIp == null ? "unknown" : clientIp));
    }

    /** A signed-in caller's subject (the token's principal name). */
    public String subject(String subject) {
        return hex("subject:" + subject);
    }

    public String account(long accountId) {
        return hex("account:" + accountId);
    }

    /** The same for texts that differ only by case, accents, spacing or punctuation. */
    public String content(String text) {
        String folded = TextNormalizer.fold(text == null ? "" : text).replaceAll("[^\\p{L}\\p{N}]+", " ");
        return hex("text:" + folded.trim());
    }

    public byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private String hex(String value) {
        return HexFormat.of().formatHex(sign(value));
    }
}
