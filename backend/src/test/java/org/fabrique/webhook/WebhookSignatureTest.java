package org.fabrique.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.fabrique.webhook.WebhookSignature.Verdict;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";

    private static Map<String, String> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp), "webhook-signature", signature);
    }

    @Test
    void signsAsTheStandardWebhooksTestVector() {
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void acceptsAValidDeliveryOnce_thenRejectsItsReplay() {
        WebhookSignature verifier = new WebhookSignature();
        Map<String, String> headers = headers(ID, TIMESTAMP, WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
        Instant now = Instant.ofEpochSecond(TIMESTAMP + 3);
        assertEquals(Verdict.VALID, verifier.verify(SECRET, headers, BODY, now));
        assertEquals(Verdict.REPLAYED, verifier.verify(SECRET, headers, BODY, now.plusSeconds(10)));
    }

    @Test
    void rejectsATamperedBody_andAnotherSecret() {
        WebhookSignature verifier = new WebhookSignature();
        Map<String, String> headers = headers(ID, TIMESTAMP, WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
        Instant now = Instant.ofEpochSecond(TIMESTAMP);
        assertEquals(Verdict.BAD_SIGNATURE, verifier.verify(SECRET, headers, "{\"test\": 2432232315}", now));
        assertEquals(Verdict.BAD_SIGNATURE, verifier.verify(WebhookSignature.newSecret(), headers, BODY, now));
        // a rejected delivery is not remembered: the genuine one still passes
        assertEquals(Verdict.VALID, verifier.verify(SECRET, headers, BODY, now));
    }

    @Test
    void rejectsATimestampOutsideFiveMinutes() {
        WebhookSignature verifier = new WebhookSignature();
        Map<String, String> headers = headers(ID, TIMESTAMP, WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
        assertEquals(
                Verdict.BAD_TIMESTAMP, verifier.verify(SECRET, headers, BODY, Instant.ofEpochSecond(TIMESTAMP + 301)));
        assertEquals(
                Verdict.BAD_TIMESTAMP, verifier.verify(SECRET, headers, BODY, Instant.ofEpochSecond(TIMESTAMP - 301)));
        assertEquals(Verdict.VALID, verifier.verify(SECRET, headers, BODY, Instant.ofEpochSecond(TIMESTAMP + 300)));
    }

    @Test
    void rejectsMissingHeaders_andAcceptsOneGoodSignatureAmongSeveral() {
        WebhookSignature verifier = new WebhookSignature();
        Instant now = Instant.ofEpochSecond(TIMESTAMP);
        assertEquals(Verdict.MISSING_HEADERS, verifier.verify(SECRET, Map.of("webhook-id", ID), BODY, now));
        String good = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);
        Map<String, String> mixedCase = Map.of(
                "Webhook-Id",
                ID,
                "Webhook-Timestamp",
                Long.toString(TIMESTAMP),
                "Webhook-Signature",
                "v1,bm90IGl0 " + good);
        assertEquals(Verdict.VALID, verifier.verify(SECRET, mixedCase, BODY, now));
    }

    @Test
    void newSecretsAreWhsecAnd32RandomBytes() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }
}
