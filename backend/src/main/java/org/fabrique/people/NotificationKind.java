package org.fabrique.people;

import java.util.Arrays;

/**
 * The kinds of notifications, each with the words that introduce it in a mail (fr, en). The app
 * has the same words in its strings (features/people/strings.ts, "notifications").
 */
public enum NotificationKind {
    NOTE("note", "Nouvelle note", "New note"),
    TESTIMONY("testimony", "Nouveau témoignage", "New testimony"),
    COMMENT("comment", "Nouveau commentaire sur", "New comment on"),
    STAGE("stage", "Nouvelle étape pour la coalition", "New stage for the coalition"),
    MEMBER("member", "Nouveau membre", "New member"),
    COMMITMENT_REQUEST("commitment-request", "Demande d'engagement à décider", "Commitment request to decide"),
    COMMITMENT_CONFIRMED("commitment-confirmed", "Engagement confirmé", "Commitment confirmed"),
    COMMITMENT_DECLINED("commitment-declined", "Engagement décliné", "Commitment declined"),
    MODERATION("moderation", "Contributions en attente de modération", "Contributions awaiting moderation"),
    INTENTION("intention", "Proposition de coalition", "Coalition proposal"),
    INVITATION("invitation", "Invitation à rejoindre une coalition", "Invitation to join a coalition"),
    INVITATION_ACCEPTED("invitation-accepted", "Invitation acceptée", "Invitation accepted"),
    INVITATION_REFUSED("invitation-refused", "Invitation refusée", "Invitation refused");

    private final String code;
    private final String fr;
    private final String en;

    NotificationKind(String code, String fr, String en) {
        this.code = code;
        this.fr = fr;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String label(String language) {
        return "en".equals(language) ? en : fr;
    }

    /** The kind stored under this code; notes for an unknown one. */
    public static NotificationKind of(String code) {
        return Arrays.stream(values())
                .filter(k -> k.code.equals(code))
                .findFirst()
                .orElse(NOTE);
    }
}
