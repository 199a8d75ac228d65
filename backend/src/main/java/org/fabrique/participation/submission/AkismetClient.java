package org.fabrique.participation.submission;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client of Akismet's comment-check protocol (or a compatible service): a form POST to
 * {@code {url}/1.1/comment-check} that answers {@code true} (spam) or {@code false} (not spam).
 * Any other answer (an error, {@code invalid}, a timeout) yields {@link Verdict#HOLD}: a
 * submission is held for a moderator rather than published unchecked.
 */
public class AkismetClient {
    public static final String RULE = "akismet";
    private final URI endpoint;
    private final String key;
    private final String site;
    private final Duration timeout;
    private final HttpClient http;

    public AkismetClient(String url, String key, String site, Duration timeout) {
        this.endpoint = URI.create(url.replaceAll("/+$", "") + "/1.1/comment-check");
        this.key = key;
        this.site = site;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public SpamVerdict check(Submission s) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", key);
        form.put("blog", site);
        form.put("user_ip", s.clientIp());
        form.put("user_agent", s.userAgent());
        form.put("referrer", s.referrer());
        form.put("permalink", s.permalink());
        form.put("comment_type", "comment".equals(s.type()) ? "comment" : "contact-form");
        form.put("comment_author", s.authorName());
        form.put("comment_author_email", s.email());
        form.put("comment_author_url", s.website());
        form.put("comment_content", s.text());
        form.put("blog_charset", "UTF-8");
        String body = form.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("User-Agent", "Fabrique/1.0 | AkismetClient/1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String answer = response.body() == null ? "" : response.body().trim();
            if (response.statusCode() == 200 && answer.equals("true")) {
                return SpamVerdict.spam(RULE, 90, "the spam service says spam");
            }
            if (response.statusCode() == 200 && answer.equals("false")) {
                return SpamVerdict.pass(RULE, "the spam service says not spam");
            }
            return SpamVerdict.hold(RULE, 0, "the spam service gave no verdict (HTTP " + response.statusCode() + ")");
        } catch (IOException e) {
            return SpamVerdict.hold(RULE, 0, "the spam service could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SpamVerdict.hold(RULE, 0, "the spam check was interrupted");
        }
    }
}
