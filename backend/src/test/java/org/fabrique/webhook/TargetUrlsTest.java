package org.fabrique.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import org.fabrique.common.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF rule of production (allow-private-targets=false) and the URL checks of every profile. */
class TargetUrlsTest {
    private static TargetUrls policy(boolean allowPrivate) {
        return new TargetUrls(new WebhookConfig() {
            @Override
            public boolean allowPrivateTargets() {
                return allowPrivate;
            }

            @Override
            public String apiBaseUrl() {
                return "https://api.example.org";
            }

            @Override
            public FanOut fanOut() {
                return null;
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration readTimeout() {
                return Duration.ofSeconds(1);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1/hook",
                "https://localhost/hook",
                "https://10.1.2.3/hook",
                "https://172.16.0.1/hook",
                "https://192.168.1.10/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://[::1]/hook",
                "https://[fd00::1]/hook",
                "https://[fe80::1]/hook",
                "https://[::ffff:127.0.0.1]/hook"
            })
    void production_refusesLoopbackPrivateAndLinkLocalTargets(String url) {
        DomainException refused =
                assertThrows(DomainException.class, () -> policy(false).validate(url));
        assertEquals("targetUrl", refused.errors().get(0).field());
    }

    @Test
    void production_refusesPlainHttp() {
        DomainException refused =
                assertThrows(DomainException.class, () -> policy(false).validate("http://93.184.216.34/hook"));
        assertEquals("must be an https URL", refused.errors().get(0).message());
    }

    @Test
    void production_acceptsHttpsToAPublicAddress() {
        assertNull(policy(false).refusal(URI.create("https://93.184.216.34/hook")));
    }

    @Test
    void localAndTest_acceptLoopbackHttp() {
        assertEquals(URI.create("http://127.0.0.1:9/hook"), policy(true).validate("http://127.0.0.1:9/hook"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not a url",
                "/relative/path",
                "ftp://example.org/x",
                "https://user:pw@example.org/x",
                "https://example.org/x#frag",
                "https:///nohost",
                "javascript:alert(1)"
            })
    void everyProfile_refusesWhatIsNotAnHttpUrl(String url) {
        assertThrows(DomainException.class, () -> policy(true).validate(url));
    }
}
