package org.fabrique.participation;

/** A client address or e-mail address sent too many submissions: 429 with Retry-After. */
public class TooManySubmissions extends RuntimeException {
    private final long retryAfterSeconds;

    public TooManySubmissions(String detail, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
