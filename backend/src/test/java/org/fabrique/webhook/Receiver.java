package org.fabrique.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A partner's receiver for the tests: the JDK's HTTP server on 127.0.0.1, which records every
 * delivery and checks it with {@link WebhookSignature} as a partner would (answering 204 to a
 * valid one, 400 otherwise).
 */
final class Receiver implements AutoCloseable {
    /** One request as received, and what the verifier said of it. */
    record Delivery(Map<String, String> headers, String body, WebhookSignature.Verdict verdict) {
        String webhookId() {
            return headers.get("webhook-id");
        }
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final WebhookSignature verifier = new WebhookSignature();
    private volatile String secret;

    private Receiver(HttpServer server) {
        this.server = server;
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
            WebhookSignature.Verdict verdict = verifier.verify(secret, headers, body, Instant.now());
            deliveries.add(new Delivery(headers, body, verdict));
            exchange.sendResponseHeaders(verdict == WebhookSignature.Verdict.VALID ? 204 : 400, -1);
            exchange.close();
        });
        server.start();
    }

    /** A receiver on a free port. */
    static Receiver start() throws IOException {
        return on(0);
    }

    /** A receiver on the given port (a receiver back after being down). */
    static Receiver on(int port) throws IOException {
        return new Receiver(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0));
    }

    /** A port nothing listens on (a receiver that is down): connections are refused. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String url(int port) {
        return "http://127.0.0.1:" + port + "/hook";
    }

    String url() {
        return url(server.getAddress().getPort());
    }

    void secret(String secret) {
        this.secret = secret;
    }

    WebhookSignature verifier() {
        return verifier;
    }

    List<Delivery> deliveries(Predicate<Delivery> which) {
        return deliveries.stream().filter(which).toList();
    }

    /**
     * Waits until a delivery matching {@code which} arrives, running {@code round} (a round of the
     * platform's jobs) between looks; fails after {@code timeout}.
     */
    Delivery await(Predicate<Delivery> which, Duration timeout, Runnable round) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            round.run();
            List<Delivery> found = deliveries(which);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no matching delivery within " + timeout + "; received: " + deliveries);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
