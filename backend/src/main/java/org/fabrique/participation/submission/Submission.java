package org.fabrique.participation.submission;

import java.time.OffsetDateTime;

/**
 * What the anti-spam rules look at: the submitted fields (e-mail in clear only for an external
 * checker; never logged), the client, and facts the storing feature looked up (an earlier
 * approved contribution of the same author, an identical recent text).
 *
 * @param type "comment" or "suggestion" (Akismet's comment_type)
 * @param bodyHtml the raw body as submitted (links are counted in it)
 * @param text the visible text of the body (and title)
 * @param honeypot the hidden field humans leave empty
 * @param formStartedAt when the client says the form was shown (null when not given)
 * @param signedIn a signed-in member submits
 * @param knownAuthor the same e-mail (or account) already has an approved contribution
 * @param duplicateOf the id of an identical recent submission, or null
 */
public record Submission(
        String type,
        String authorName,
        String email,
        String website,
        String bodyHtml,
        String text,
        String honeypot,
        OffsetDateTime formStartedAt,
        String clientIp,
        String userAgent,
        String referrer,
        String permalink,
        boolean signedIn,
        boolean knownAuthor,
        Long duplicateOf) {}
