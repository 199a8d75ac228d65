package org.fabrique.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server for the tests (GreenMail, in this JVM, on a free port) that the backend under
 * test sends its mails to; tests read what it received, as a person reads their inbox. Applies to
 * every test (the backend is configured with its port).
 */
@QuarkusTestResource(value = MailSink.class, restrictToAnnotatedClass = false)
public class MailSink implements QuarkusTestResourceLifecycleManager {
    private static volatile GreenMail server;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        mail.start();
        server = mail;
        port = mail.getSmtp().getPort();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    /** Stops the SMTP server (its port refuses connections), as an SMTP outage. */
    public static void down() {
        server.stop();
    }

    /** Starts the SMTP server again on the same port, with an empty store. */
    public static void up() {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        mail.start();
        server = mail;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The mails received for an address (case-insensitive), waiting up to 10 s for {@code atLeast}. */
    public static List<MimeMessage> to(String address, int atLeast) {
        Instant end = Instant.now().plus(Duration.ofSeconds(10));
        List<MimeMessage> found = received(address);
        while (found.size() < atLeast && Instant.now().isBefore(end)) {
            sleep();
            found = received(address);
        }
        return found;
    }

    /** The mails received so far for an address, without waiting. */
    public static List<MimeMessage> received(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .toList();
    }

    /** The plain-text part of a mail. */
    public static String text(MimeMessage message) {
        String body = GreenMailUtil.getBody(message);
        return body;
    }

    /** The erasure token in the last mail to this address (waits for one). */
    public static String lastErasureToken(String address) {
        List<MimeMessage> mails = to(address, 1);
        if (mails.isEmpty()) {
            throw new AssertionError("no mail to " + address);
        }
        String raw = GreenMailUtil.getWholeMessage(mails.get(mails.size() - 1));
        Matcher m = Pattern.compile("/comments/erasure/([A-Za-z0-9_\\-.]+)").matcher(raw.replace("=\r\n", ""));
        if (!m.find()) {
            throw new AssertionError("no erasure link in the mail");
        }
        return m.group(1);
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
