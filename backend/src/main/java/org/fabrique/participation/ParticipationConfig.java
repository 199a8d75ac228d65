package org.fabrique.participation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.fabrique.common.security.DeploymentSecret;

/** Settings of public participation (comments, suggestions, reports, anti-spam, erasure). */
@ConfigMapping(prefix = "fabrique.participation")
public interface ParticipationConfig {
    /**
     * Key of the HMACs that hash e-mails and client addresses and sign erasure links. No default:
     * a deployment sets its own (FABRIQUE_PARTICIPATION_SECRET), or the backend does not start.
     */
    @DeploymentSecret(variable = "FABRIQUE_PARTICIPATION_SECRET")
    String secret();

    /** Minimum time between showing a form and submitting it; faster submissions are spam. */
    @WithDefault("3s")
    Duration minimumFillTime();

    /** Links in a body above which it is held for moderation. */
    @WithDefault("2")
    int holdLinks();

    /** Links in a body above which it is spam. */
    @WithDefault("5")
    int spamLinks();

    /** Terms (case- and accent-insensitive) that mark a submission as spam. */
    Optional<List<String>> blocklist();

    /** How far back an identical text counts as a duplicate. */
    @WithDefault("7d")
    Duration duplicateWindow();

    /** Distinct reporters after which a comment or suggestion is hidden until a moderator decides. */
    @WithDefault("3")
    int reportsToHide();

    RateLimits rateLimit();

    Akismet akismet();

    Erasure erasure();

    /**
     * Submission limits (429 with Retry-After beyond), shared by the replicas: per client address
     * for anonymous people (per account for signed-in people, with the same number), and per
     * e-mail address.
     */
    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("6")
        int perAddress();

        @WithDefault("3")
        int perEmail();

        @WithDefault("1m")
        Duration window();
    }

    /** An Akismet-compatible service, used when a key is configured. */
    interface Akismet {
        Optional<String> key();

        @WithDefault("https://rest.akismet.com")
        String url();

        /** The site registered with the service (Akismet's "blog" parameter). */
        @WithDefault("http://localhost:5173")
        String site();

        @WithDefault("5s")
        Duration timeout();
    }

    /** Erasure links sent by e-mail. */
    interface Erasure {
        /** The link template; {token} is replaced by the signed token. */
        @WithDefault("http://localhost:5173/comments/erasure/{token}")
        String link();

        @WithDefault("48h")
        Duration lifetime();
    }
}
