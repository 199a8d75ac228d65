package org.fabrique.common.mail;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a mail's Qute templates ({@code templates/mail/<name>.<lang>.txt|html}) inside the
 * layout of its language, which adds the footer: why the mail was sent, the privacy page, and the
 * unsubscribe link when there is one. HTML templates escape every value (Qute's default for
 * {@code .html}); text templates do not need to.
 */
@ApplicationScoped
public class MailTemplates {
    private final Engine engine;
    private final MailConfig config;

    public MailTemplates(Engine engine, MailConfig config) {
        this.engine = engine;
        this.config = config;
    }

    public RenderedMail render(OutgoingMail mail) {
        String lang = mail.language().code();
        Map<String, Object> data = new HashMap<>(mail.data());
        data.put("spaUrl", config.spaUrl());
        data.put("privacyUrl", config.spaUrl() + "/privacy");
        data.put("unsubscribeUrl", mail.unsubscribeUrl());
        data.put("subject", mail.kind().subject(mail.language()));
        String text = render("mail/" + mail.kind().template() + "." + lang + ".txt", data);
        String html = render("mail/" + mail.kind().template() + "." + lang + ".html", data);
        data.put("body", text);
        String fullText = render("mail/layout." + lang + ".txt", data);
        data.put("body", new io.quarkus.qute.RawString(html));
        String fullHtml = render("mail/layout." + lang + ".html", data);
        return new RenderedMail(
                mail.to(),
                mail.kind().subject(mail.language()),
                fullText,
                fullHtml,
                mail.unsubscribeUrl(),
                mail.oneClickUnsubscribeUrl());
    }

    private String render(String location, Map<String, Object> data) {
        Template template = engine.getTemplate(location);
        if (template == null) {
            throw new IllegalStateException("No mail template " + location);
        }
        return template.data(data).render();
    }
}
