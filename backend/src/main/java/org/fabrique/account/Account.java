package org.fabrique.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.fabrique.common.persistence.AuditedEntity;

/** A person or partner platform known by its identity-provider subject. */
@Entity
@Table(name = "account")
public class Account extends AuditedEntity {
    @Column(nullable = false, unique = true)
    private String subject;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    /** The verified e-mail address of the token, where mail to this person goes; null if none. */
    private String email;

    /** fr or en: the language of the mails to this person. */
    @Column(nullable = false)
    private String language = "fr";

    /**
     * The realm roles its last token carried, sorted, comma-separated (who moderates): written only
     * by {@link AccountRepository#updateRoles}, never by the entity.
     */
    @Column(nullable = false, insertable = false, updatable = false)
    private String roles = "";

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "notification_mode", nullable = false)
    private NotificationMode notificationMode = NotificationMode.IMMEDIATE;

    @ElementCollection
    @CollectionTable(name = "account_actor", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "actor_id")
    private Set<Long> actorIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "account_territory", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "territory_id")
    private Set<Long> territoryIds = new LinkedHashSet<>();

    protected Account() {}

    public Account(String subject) {
        this.subject = subject;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public NotificationMode getNotificationMode() {
        return notificationMode;
    }

    public void setNotificationMode(NotificationMode notificationMode) {
        this.notificationMode = notificationMode;
    }

    public Set<Long> getActorIds() {
        return actorIds;
    }

    public Set<Long> getTerritoryIds() {
        return territoryIds;
    }

    public String getRoles() {
        return roles;
    }
}
