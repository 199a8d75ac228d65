package org.fabrique.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.fabrique.common.error.DomainException;

/**
 * Which URLs a subscription may target (SSRF): an absolute http(s) URL without user information
 * or fragment; in production only https, and only hosts whose every address is public (not
 * loopback, private, link-local, unique-local, multicast or unspecified), checked when the
 * subscription is saved and again before each delivery (a name may be pointed elsewhere later).
 * {@code fabrique.webhooks.allow-private-targets=true} (local and test profiles) lifts the last two
 * rules.
 */
@ApplicationScoped
public class TargetUrls {
    private final WebhookConfig config;

    public TargetUrls(WebhookConfig config) {
        this.config = config;
    }

    /** The URL to save, or a 400 problem naming targetUrl. */
    public URI validate(String url) {
        URI uri = parse(url);
        String refusal = refusal(uri);
        if (refusal != null) {
            throw DomainException.invalidField("targetUrl", refusal);
        }
        return uri;
    }

    /** Why a delivery must not go to this URL now, or null when it may. */
    public String refusal(URI uri) {
        if (config.allowPrivateTargets()) {
            return null;
        }
        if (!"https".equals(uri.getScheme())) {
            return "must be an https URL";
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    return "must not resolve to a loopback, private or link-local address";
                }
            }
        } catch (UnknownHostException e) {
            return "must name a host that resolves";
        }
        return null;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8, 100.64.0.0/10 (carrier-grade NAT), 192.0.0.0/24, 198.18.0.0/15 (benchmarks)
            return !(first == 0
                    || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19)));
        }
        // IPv6 unique local fc00::/7; IPv4-mapped addresses are checked as IPv4 by the JDK
        return (bytes[0] & 0xfe) != 0xfc;
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw DomainException.invalidField("targetUrl", "must be a valid absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw DomainException.invalidField("targetUrl", "must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw DomainException.invalidField("targetUrl", "must name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw DomainException.invalidField("targetUrl", "must have neither user information nor fragment");
        }
        return uri;
    }
}
