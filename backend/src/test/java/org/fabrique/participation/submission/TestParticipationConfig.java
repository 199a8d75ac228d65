package org.fabrique.participation.submission;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.fabrique.participation.ParticipationConfig;

/** A {@link ParticipationConfig} for unit tests (no Quarkus). */
record TestParticipationConfig(List<String> blocklistTerms, String akismetKey, String akismetUrl)
        implements ParticipationConfig {
    @Override
    public String secret() {
        return "unit-test-secret";
    }

    @Override
    public Duration minimumFillTime() {
        return Duration.ofSeconds(3);
    }

    @Override
    public int holdLinks() {
        return 2;
    }

    @Override
    public int spamLinks() {
        return 5;
    }

    @Override
    public Optional<List<String>> blocklist() {
        return Optional.of(blocklistTerms);
    }

    @Override
    public Duration duplicateWindow() {
        return Duration.ofDays(7);
    }

    @Override
    public int reportsToHide() {
        return 3;
    }

    @Override
    public RateLimits rateLimit() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Akismet akismet() {
        return new Akismet() {
            public Optional<String> key() {
                return Optional.ofNullable(akismetKey);
            }

            public String url() {
                return akismetUrl;
            }

            public String site() {
                return "http://fabrique.test";
            }

            public Duration timeout() {
                return Duration.ofSeconds(2);
            }
        };
    }

    @Override
    public Erasure erasure() {
        throw new UnsupportedOperationException();
    }
}
