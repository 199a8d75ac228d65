package org.fabrique.participation.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.fabrique.participation.ContributionHtml;
import org.junit.jupiter.api.Test;

/** Every local anti-spam rule, alone. */
class LocalSpamRulesTest {
    static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");
    final LocalSpamRules rules = new LocalSpamRules(
            new TestParticipationConfig(List.of("casino", "Crédit rapide"), null, null),
            Clock.fixed(NOW, ZoneOffset.UTC));

    static Submission submission(
            String body, String honeypot, OffsetDateTime started, boolean known, Long duplicateOf, boolean signedIn) {
        return new Submission(
                "comment",
                "Camille",
                "camille@example.org",
                null,
                body,
                ContributionHtml.text(body),
                honeypot,
                started,
                "10.0.0.1",
                "JUnit",
                null,
                null,
                signedIn,
                known,
                duplicateOf);
    }

    static OffsetDateTime secondsAgo(long s) {
        return OffsetDateTime.ofInstant(NOW.minusSeconds(s), ZoneOffset.UTC);
    }

    SpamVerdict rule(Submission s, String name) {
        return rules.check(s).stream()
                .filter(v -> v.rule().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void knownAuthorWithAPlainTextPasses() {
        List<SpamVerdict> verdicts = rules.check(submission("Merci !", null, secondsAgo(30), true, null, false));
        assertTrue(verdicts.stream().allMatch(v -> v.verdict() == Verdict.PASS), verdicts.toString());
    }

    @Test
    void honeypotFilledIsSpam() {
        assertEquals(
                Verdict.SPAM,
                rule(submission("Merci", "http://spam", secondsAgo(30), true, null, false), "honeypot")
                        .verdict());
    }

    @Test
    void tooFastIsSpam_missingTimeIsHeld_futureIsSpam() {
        assertEquals(
                Verdict.SPAM,
                rule(submission("Merci", null, secondsAgo(1), true, null, false), "minimum-time")
                        .verdict());
        assertEquals(
                Verdict.HOLD,
                rule(submission("Merci", null, null, true, null, false), "minimum-time")
                        .verdict());
        assertEquals(
                Verdict.SPAM,
                rule(submission("Merci", null, secondsAgo(-600), true, null, false), "minimum-time")
                        .verdict());
        assertEquals(
                Verdict.PASS,
                rule(submission("Merci", null, secondsAgo(3), true, null, false), "minimum-time")
                        .verdict());
    }

    @Test
    void manyLinksAreHeldThenSpam() {
        String three = "https://a.example https://b.example https://c.example";
        String six = three + " https://d.example https://e.example <a href=\"https://f.example\">f</a>";
        assertEquals(
                Verdict.PASS,
                rule(submission("https://a.example", null, secondsAgo(9), true, null, false), "links")
                        .verdict());
        assertEquals(
                Verdict.HOLD,
                rule(submission(three, null, secondsAgo(9), true, null, false), "links")
                        .verdict());
        assertEquals(
                Verdict.SPAM,
                rule(submission(six, null, secondsAgo(9), true, null, false), "links")
                        .verdict());
    }

    @Test
    void blockedTermIsSpam_caseAndAccentsIgnored() {
        SpamVerdict v =
                rule(submission("Le meilleur CASINO en ligne", null, secondsAgo(9), true, null, false), "blocklist");
        assertEquals(Verdict.SPAM, v.verdict());
        assertTrue(v.reason().contains("casino"));
        assertEquals(
                Verdict.SPAM,
                rule(submission("credit RAPIDE ici", null, secondsAgo(9), true, null, false), "blocklist")
                        .verdict());
    }

    @Test
    void duplicateIsSpam() {
        SpamVerdict v = rule(submission("Merci", null, secondsAgo(9), true, 42L, false), "duplicate");
        assertEquals(Verdict.SPAM, v.verdict());
        assertTrue(v.reason().contains("#42"));
    }

    @Test
    void firstContributionOfAnEmailIsHeld_notForMembers() {
        assertEquals(
                Verdict.HOLD,
                rule(submission("Merci", null, secondsAgo(9), false, null, false), "first-contribution")
                        .verdict());
        assertEquals(
                Verdict.PASS,
                rule(submission("Merci", null, secondsAgo(9), false, null, true), "first-contribution")
                        .verdict());
    }

    @Test
    void worstVerdictWins() {
        assertEquals(Verdict.SPAM, Verdict.HOLD.worst(Verdict.SPAM));
        assertEquals(Verdict.HOLD, Verdict.HOLD.worst(Verdict.PASS));
    }
}
