package org.fabrique.participation;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The client of a submission: its address (the socket's remote address, or the forwarded one
 * when Quarkus' proxy address forwarding is on) and headers Akismet uses. The address is only
 * kept as a keyed hash; it is never returned nor logged.
 */
public record ClientInfo(String ip, String userAgent, String referrer) {
    public static ClientInfo of(HttpServerRequest http) {
        if (http == null) {
            return new ClientInfo("unknown", null, null);
        }
        SocketAddress remote = http.remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        return new ClientInfo(
                host == null || host.isBlank() ? "unknown" : host,
                clip(http.getHeader("User-Agent")),
                clip(http.getHeader("Referer")));
    }

    private static String clip(String value) {
        return value == null ? null : value.length() > 500 ? value.substring(0, 500) : value;
    }
}
