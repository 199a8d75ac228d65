package org.fabrique.participation.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.fabrique.participation.ParticipationConfig;

/**
 * Asks an Akismet-compatible service about each submission when
 * {@code fabrique.participation.akismet.key} is set (the client address, user agent, name,
 * e-mail, website and text are sent to that service); does nothing otherwise.
 */
@ApplicationScoped
public class AkismetSpamChecker implements SpamChecker {
    private final AkismetClient client;

    public AkismetSpamChecker(ParticipationConfig config) {
        ParticipationConfig.Akismet akismet = config.akismet();
        this.client = akismet.key()
                .filter(k -> !k.isBlank())
                .map(k -> new AkismetClient(akismet.url(), k, akismet.site(), akismet.timeout()))
                .orElse(null);
    }

    public boolean enabled() {
        return client != null;
    }

    @Override
    public List<SpamVerdict> check(Submission submission) {
        return client == null ? List.of() : List.of(client.check(submission));
    }
}
