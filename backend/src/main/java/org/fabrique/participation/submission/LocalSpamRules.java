package org.fabrique.participation.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.common.text.TextNormalizer;
import org.fabrique.participation.ContributionHtml;
import org.fabrique.participation.ParticipationConfig;

/**
 * The local anti-spam rules, each giving a verdict with its reason:
 *
 * <ul>
 *   <li>{@code honeypot}: the hidden field is filled (bots fill every field): spam;
 *   <li>{@code minimum-time}: the form was submitted less than {@code minimum-fill-time} after
 *       it was shown, or "shown" in the future: spam; no time given: held. The time comes from the
 *       client, so a bot can forge it: it is one signal among others, not a proof;
 *   <li>{@code links}: more than {@code hold-links} links: held; more than {@code spam-links}: spam;
 *   <li>{@code blocklist}: a configured term in the name, e-mail, website or text: spam;
 *   <li>{@code duplicate}: the same text recently submitted on the same page or by the same
 *       e-mail address: spam;
 *   <li>{@code first-contribution}: the e-mail address has no approved contribution yet (and no
 *       member signed in): held for moderation.
 * </ul>
 *
 * Rate limits per client address and per e-mail are applied before, by {@link SpamGuard}.
 */
@ApplicationScoped
public class LocalSpamRules implements SpamChecker {
    private final ParticipationConfig config;
    private final Clock clock;

    @jakarta.inject.Inject
    public LocalSpamRules(ParticipationConfig config) {
        this(config, Clock.systemUTC());
    }

    LocalSpamRules(ParticipationConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public List<SpamVerdict> check(Submission s) {
        List<SpamVerdict> verdicts = new ArrayList<>();
        verdicts.add(honeypot(s));
        verdicts.add(minimumTime(s));
        verdicts.add(links(s));
        verdicts.add(blocklist(s));
        verdicts.add(duplicate(s));
        verdicts.add(firstContribution(s));
        return verdicts;
    }

    private static SpamVerdict honeypot(Submission s) {
        return s.honeypot() == null || s.honeypot().isEmpty()
                ? SpamVerdict.pass("honeypot", "hidden field left empty")
                : SpamVerdict.spam("honeypot", 100, "hidden field filled in");
    }

    private SpamVerdict minimumTime(Submission s) {
        if (s.formStartedAt() == null) {
            return SpamVerdict.hold("minimum-time", 30, "no form start time given");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Duration taken = Duration.between(s.formStartedAt(), now);
        if (taken.isNegative() && taken.abs().compareTo(Duration.ofMinutes(2)) > 0) {
            return SpamVerdict.spam("minimum-time", 80, "form start time is in the future");
        }
        if (taken.compareTo(config.minimumFillTime()) < 0) {
            return SpamVerdict.spam(
                    "minimum-time",
                    80,
                    "submitted " + Math.max(0, taken.toMillis()) + " ms after the form was shown (minimum "
                            + config.minimumFillTime().toMillis() + " ms)");
        }
        return SpamVerdict.pass("minimum-time", "submitted " + taken.toSeconds() + " s after the form was shown");
    }

    private SpamVerdict links(Submission s) {
        int links = ContributionHtml.countLinks(s.bodyHtml());
        if (links > config.spamLinks()) {
            return SpamVerdict.spam("links", 70, links + " links (spam above " + config.spamLinks() + ")");
        }
        if (links > config.holdLinks()) {
            return SpamVerdict.hold("links", 40, links + " links (held above " + config.holdLinks() + ")");
        }
        return SpamVerdict.pass("links", links + " links");
    }

    private SpamVerdict blocklist(Submission s) {
        String haystack = TextNormalizer.fold(
                String.join(" ", nz(s.authorName()), nz(s.email()), nz(s.website()), nz(s.text()), nz(s.bodyHtml())));
        for (String term : config.blocklist().orElse(List.of())) {
            String folded = TextNormalizer.fold(term).trim();
            if (!folded.isEmpty() && haystack.contains(folded)) {
                return SpamVerdict.spam("blocklist", 90, "contains the blocked term '" + folded + "'");
            }
        }
        return SpamVerdict.pass("blocklist", "no blocked term");
    }

    private static SpamVerdict duplicate(Submission s) {
        return s.duplicateOf() == null
                ? SpamVerdict.pass("duplicate", "no identical recent text")
                : SpamVerdict.spam("duplicate", 60, "same text as #" + s.duplicateOf());
    }

    private static SpamVerdict firstContribution(Submission s) {
        if (s.signedIn()) {
            return SpamVerdict.pass("first-contribution", "signed-in member");
        }
        return s.knownAuthor()
                ? SpamVerdict.pass("first-contribution", "e-mail address already has approved contributions")
                : SpamVerdict.hold("first-contribution", 20, "first contribution of this e-mail address");
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
