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

    /**
     * Partner platforms (realm role {@code partner}), per client (the token's {@code azp}, its
     * client id): reads per replica, writes shared by the replicas; both above the anonymous ones.
     */
    PartnerLimits partner();

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

    /** The two buckets of each partner client. */
    interface PartnerLimits {
        PartnerReads read();

        PartnerWrites write();
    }

    /**
     * Reads allowed per window to one partner client on one replica (default 1,200 per minute,
     * twice the anonymous limit and what nginx's limit_req lets one address send).
     */
    interface PartnerReads {
        @WithDefault("1200")
        int requests();

        @WithDefault("1M")
        Duration window();
    }

    /** Writes allowed per window to one partner client, all replicas together (default 300 per minute). */
    interface PartnerWrites {
        @WithDefault("300")
        int requests();

        @WithDefault("1M")
        Duration window();
    }
}
