package org.fabrique.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Configuration of the rate limits ({@code fabrique.rate-limit.*}). */
@ConfigMapping(prefix = "fabrique.rate-limit")
public interface RateLimitConfig {

    /** Whether the limits apply at all. */
    @WithDefault("true")
    boolean enabled();

    /** Reads under /api/v1 without an authenticated identity, per client address and replica. */
    AnonymousLimit anonymous();

    /**
     * Writes (POST, PUT, PATCH, DELETE) under /api/v1, shared by the replicas: per account when
     * signed in, per client address otherwise.
     */
    WriteLimit write();

    /** Reads allowed per window to an anonymous client on one replica (default 600 per minute). */
    interface AnonymousLimit {
        @WithDefault("600")
        int requests();

        @WithDefault("1M")
        Duration window();
    }

    /** Writes allowed per window to an account or an anonymous address (default 60 per minute). */
    interface WriteLimit {
        @WithDefault("60")
        int requests();

        @WithDefault("1M")
        Duration window();
    }
}
