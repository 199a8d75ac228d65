package org.fabrique.participation.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test double of {@link Mailer}: keeps the mails so that tests can follow the links. */
@ApplicationScoped
public class CapturingMailer implements Mailer {
    private final List<Mail> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Mail mail) {
        sent.add(mail);
    }

    public List<Mail> to(String address) {
        return sent.stream().filter(m -> m.to().equals(address)).toList();
    }

    /** The erasure token in the last mail to this address. */
    public String lastToken(String address) {
        List<Mail> mails = to(address);
        String text = mails.get(mails.size() - 1).text();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("/comments/erasure/(\\S+)").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no erasure link in the mail");
        }
        return m.group(1);
    }
}
