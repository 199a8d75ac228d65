package org.fabrique.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox dispatcher (application.properties, prefix fabrique.outbox). */
@ConfigMapping(prefix = "fabrique.outbox")
public interface OutboxConfig {
    /** How often each replica's dispatcher looks for due messages (read by the scheduler; "off" stops it). */
    String every();

    /** Messages claimed at a time by one replica. */
    @WithDefault("10")
    int batchSize();

    /** Attempts before a message is dead. */
    @WithDefault("12")
    int maxAttempts();

    /** How long a claimed message is kept from the other replicas while it is being sent. */
    @WithDefault("5M")
    Duration lease();

    Backoff backoff();

    interface Backoff {
        /** Delay after the first failed attempt; doubled after each further one. */
        @WithDefault("30S")
        Duration base();

        /** Longest delay between two attempts. */
        @WithDefault("6H")
        Duration max();
    }
}
