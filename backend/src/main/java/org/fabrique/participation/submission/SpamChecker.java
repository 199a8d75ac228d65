package org.fabrique.participation.submission;

import java.util.List;

/**
 * An anti-spam check run on every comment and suggestion before it is stored. The local rules
 * ({@link LocalSpamRules}) always run; {@link AkismetSpamChecker} joins them when a key is
 * configured. Each returns one verdict per rule it applied, stored with the submission.
 */
public interface SpamChecker {
    List<SpamVerdict> check(Submission submission);
}
