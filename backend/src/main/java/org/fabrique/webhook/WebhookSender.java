package org.fabrique.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import org.fabrique.common.outbox.OutboxHandler;
import org.fabrique.common.outbox.OutboxMessage;
import org.fabrique.common.outbox.OutboxOutcome;

/**
 * Delivers one webhook: POSTs the event to the subscription's URL, signed the Standard Webhooks way
 * ({@code webhook-id} stable across retries, {@code webhook-timestamp} of this attempt,
 * {@code webhook-signature}). A 2xx answer acknowledges it; anything else, a refused connection
 * or a timeout is a failed attempt, retried by the outbox. Redirects are not followed (SSRF).
 */
@ApplicationScoped
public class WebhookSender implements OutboxHandler {
    /** The subscription as a delivery needs it. */
    record Target(String url, String secret, boolean active) {}

    private final WebhookRepository repository;
    private final TargetUrls urls;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final HttpClient client;

    public WebhookSender(WebhookRepository repository, TargetUrls urls, WebhookConfig config, ObjectMapper json) {
        this.repository = repository;
        this.urls = urls;
        this.config = config;
        this.json = json;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String kind() {
        return WebhookFanOutService.KIND;
    }

    /** The {@code webhook-id} of a delivery. */
    public static String webhookId(long messageId) {
        return "msg_" + messageId;
    }

    @Override
    public OutboxOutcome handle(OutboxMessage message) {
        JsonNode payload;
        try {
            payload = json.readTree(message.payload());
        } catch (JsonProcessingException e) {
            return OutboxOutcome.failed(null, "unreadable payload");
        }
        long subscriptionId = payload.path("subscriptionId").asLong();
        Target target = QuarkusTransaction.requiringNew()
                .call(() -> repository
                        .findByIdOptional(subscriptionId)
                        .map(s -> new Target(s.getTargetUrl(), s.getSecret(), s.isActive()))
                        .orElse(null));
        if (target == null) {
            return OutboxOutcome.failed(null, "the subscription no longer exists");
        }
        if (!target.active()) {
            return OutboxOutcome.failed(null, "the subscription is inactive");
        }
        URI uri = URI.create(target.url());
        String refusal = urls.refusal(uri);
        if (refusal != null) {
            return OutboxOutcome.failed(null, "target refused: it " + refusal);
        }
        String body = payload.path("body").toString();
        String id = webhookId(message.id());
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.readTimeout())
                .header("content-type", "application/json")
                .header("user-agent", "Fabrique-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(target.secret(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300
                    ? OutboxOutcome.acknowledged(status)
                    : OutboxOutcome.failed(status, "the receiver answered " + status);
        } catch (HttpConnectTimeoutException e) {
            return OutboxOutcome.failed(null, "connection timed out");
        } catch (HttpTimeoutException e) {
            return OutboxOutcome.failed(
                    null, "no answer within " + config.readTimeout().toSeconds() + " s");
        } catch (ConnectException e) {
            return OutboxOutcome.failed(null, "connection refused");
        } catch (IOException e) {
            return OutboxOutcome.failed(
                    null, "connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OutboxOutcome.failed(null, "interrupted");
        }
    }
}
