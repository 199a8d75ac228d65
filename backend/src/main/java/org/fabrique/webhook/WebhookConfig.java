package org.fabrique.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of webhooks (application.properties, prefix fabrique.webhooks). */
@ConfigMapping(prefix = "fabrique.webhooks")
public interface WebhookConfig {
    /**
     * Whether subscriptions may target http URLs and loopback, private or link-local addresses:
     * true in the local and test profiles only (SSRF: in production a subscriber could otherwise make
     * the platform call its internal network).
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** The public address of the API, which the hrefs of the payloads start with. */
    String apiBaseUrl();

    FanOut fanOut();

    interface FanOut {
        /** How often the fan-out reads the change log (read by the scheduler; "off" stops it). */
        String every();

        /** Changes of the change log turned into deliveries per fan-out transaction. */
        @WithDefault("500")
        int batchSize();
    }

    /** How long a delivery waits to connect to the receiver. */
    @WithDefault("5S")
    Duration connectTimeout();

    /** How long a delivery waits for the receiver's answer. */
    @WithDefault("10S")
    Duration readTimeout();
}
