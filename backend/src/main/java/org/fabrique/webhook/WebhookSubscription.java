package org.fabrique.webhook;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.fabrique.common.persistence.AuditedEntity;

/** A partner's or an administrator's subscription to events, delivered to one URL. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends AuditedEntity {
    @Column(name = "owner_account_id", nullable = false, updatable = false)
    private long ownerAccountId;

    @Column(name = "target_url", nullable = false)
    private String targetUrl;

    private String description;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private String secret;

    @ElementCollection
    @CollectionTable(name = "webhook_subscription_event", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "event_type")
    @Enumerated(EnumType.STRING)
    private Set<WebhookEventType> eventTypes = EnumSet.noneOf(WebhookEventType.class);

    protected WebhookSubscription() {}

    public WebhookSubscription(long ownerAccountId, String secret) {
        this.ownerAccountId = ownerAccountId;
        this.secret = secret;
    }

    public long getOwnerAccountId() {
        return ownerAccountId;
    }

    public String getTargetUrl() {
        return targetUrl;
    }

    public void setTargetUrl(String targetUrl) {
        this.targetUrl = targetUrl;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
        touch();
    }

    public Set<WebhookEventType> getEventTypes() {
        return eventTypes;
    }
}
