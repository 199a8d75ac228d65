package org.fabrique.participation.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Akismet-compatible client against a local stand-in speaking comment-check. */
class AkismetClientTest {
    HttpServer server;
    final AtomicReference<Map<String, String>> lastForm = new AtomicReference<>();
    final AtomicReference<String> contentType = new AtomicReference<>();
    volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/1.1/comment-check", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = new HashMap<>();
            for (String pair : body.split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
            lastForm.set(form);
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            // Akismet's test convention: the author "viagra-test-123" is always spam.
            String answer = !"POST".equals(exchange.getRequestMethod()) || !"k3y".equals(form.get("api_key"))
                    ? "invalid"
                    : "viagra-test-123".equals(form.get("comment_author")) ? "true" : "false";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static Submission submission(String author) {
        return new Submission(
                "comment",
                author,
                "a@example.org",
                "https://site.example",
                "<b>Bonjour</b>",
                "Bonjour",
                null,
                OffsetDateTime.now().minusSeconds(10),
                "192.0.2.7",
                "Mozilla/5.0",
                "https://ref.example",
                null,
                false,
                false,
                null);
    }

    @Test
    void spamAnswerTrueIsSpam_andTheFormFollowsTheProtocol() {
        SpamVerdict v = new AkismetClient(url(), "k3y", "http://fabrique.test", java.time.Duration.ofSeconds(2))
                .check(submission("viagra-test-123"));
        assertEquals(Verdict.SPAM, v.verdict());
        Map<String, String> form = lastForm.get();
        assertEquals("k3y", form.get("api_key"));
        assertEquals("http://fabrique.test", form.get("blog"));
        assertEquals("192.0.2.7", form.get("user_ip"));
        assertEquals("Mozilla/5.0", form.get("user_agent"));
        assertEquals("comment", form.get("comment_type"));
        assertEquals("Bonjour", form.get("comment_content"));
        assertEquals("a@example.org", form.get("comment_author_email"));
        assertTrue(contentType.get().startsWith("application/x-www-form-urlencoded"));
    }

    @Test
    void answerFalsePasses() {
        SpamVerdict v = new AkismetClient(url(), "k3y", "http://fabrique.test", java.time.Duration.ofSeconds(2))
                .check(submission("Camille"));
        assertEquals(Verdict.PASS, v.verdict());
    }

    @Test
    void invalidKeyOrServerErrorHolds() {
        AkismetClient wrongKey = new AkismetClient(url(), "nope", "s", java.time.Duration.ofSeconds(2));
        assertEquals(Verdict.HOLD, wrongKey.check(submission("Camille")).verdict());
        status = 500;
        AkismetClient client = new AkismetClient(url(), "k3y", "s", java.time.Duration.ofSeconds(2));
        assertEquals(Verdict.HOLD, client.check(submission("Camille")).verdict());
    }

    @Test
    void unreachableServiceHolds() {
        server.stop(0);
        SpamVerdict v =
                new AkismetClient(url(), "k3y", "s", java.time.Duration.ofSeconds(1)).check(submission("Camille"));
        assertEquals(Verdict.HOLD, v.verdict());
        assertFalse(v.reason().contains("a@example.org"));
    }

    @Test
    void checkerIsEnabledOnlyWithAKey() {
        assertFalse(new AkismetSpamChecker(new TestParticipationConfig(List.of(), null, url())).enabled());
        assertTrue(new AkismetSpamChecker(new TestParticipationConfig(List.of(), "", url()))
                .check(submission("x"))
                .isEmpty());
        AkismetSpamChecker on = new AkismetSpamChecker(new TestParticipationConfig(List.of(), "k3y", url()));
        assertEquals(
                Verdict.SPAM, on.check(submission("viagra-test-123")).get(0).verdict());
    }
}
