package org.fabrique.common.mail;

/**
 * The mails Fabrique writes: each has a subject per language and Qute templates
 * {@code templates/mail/<name>.<lang>.txt} and {@code .html}, rendered inside the layout.
 */
public enum MailKind {
    COMMENT_ERASURE("comment-erasure", "Effacer vos commentaires sur Fabrique", "Erase your comments on Fabrique"),
    NOTIFICATION("notification", "Du nouveau sur Fabrique", "New on Fabrique"),
    DIGEST("digest", "Votre résumé du jour sur Fabrique", "Your daily digest from Fabrique"),
    ACCOUNT_DELETED("account-deleted", "Votre compte Fabrique est supprimé", "Your Fabrique account is deleted"),
    INTENTION_DECIDED(
            "intention-decided", "Votre proposition de coalition sur Fabrique", "Your coalition proposal on Fabrique");

    private final String template;
    private final String subjectFr;
    private final String subjectEn;

    MailKind(String template, String subjectFr, String subjectEn) {
        this.template = template;
        this.subjectFr = subjectFr;
        this.subjectEn = subjectEn;
    }

    public String template() {
        return template;
    }

    public String subject(MailLanguage language) {
        return language == MailLanguage.EN ? subjectEn : subjectFr;
    }
}
