package org.fabrique.partner;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Rate limits on with small numbers: anonymous callers 3 reads and 2 writes a minute, each partner
 * client 6 reads and 4 writes; tests pick their anonymous address through X-Forwarded-For.
 */
public class PartnerQuotaTestProfile implements QuarkusTestProfile {
    static final int ANONYMOUS_READS = 3;
    static final int ANONYMOUS_WRITES = 2;
    static final int PARTNER_READS = 6;
    static final int PARTNER_WRITES = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("fabrique.rate-limit.enabled", "true"),
                Map.entry("fabrique.rate-limit.anonymous.requests", String.valueOf(ANONYMOUS_READS)),
                Map.entry("fabrique.rate-limit.anonymous.window", "60s"),
                Map.entry("fabrique.rate-limit.write.requests", String.valueOf(ANONYMOUS_WRITES)),
                Map.entry("fabrique.rate-limit.write.window", "60s"),
                Map.entry("fabrique.rate-limit.partner.read.requests", String.valueOf(PARTNER_READS)),
                Map.entry("fabrique.rate-limit.partner.read.window", "60s"),
                Map.entry("fabrique.rate-limit.partner.write.requests", String.valueOf(PARTNER_WRITES)),
                Map.entry("fabrique.rate-limit.partner.write.window", "60s"),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"));
    }
}
