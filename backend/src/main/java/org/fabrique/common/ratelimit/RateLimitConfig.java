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

    /** Every request under /api/v1 without an authenticated identity, keyed by client IP. */
    AnonymousLimit anonymous();

    /** Writes (POST, PUT, PATCH, DELETE) of an authenticated identity, keyed by its principal name. */
    WriteLimit write();

    /** Requests allowed per window to anonymous clients (default 300 per minute). */
    interface AnonymousLimit {
        @WithDefault("300")
        int requests();

        @WithDefault("1M")
        Duration window();
    }

    /** Writes allowed per window to an authenticated identity (default 60 per minute). */
    interface WriteLimit {
        @WithDefault("60")
        int requests();

        @WithDefault("1M")
        Duration window();
    }
}
