package org.fabrique.testimony;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fabrique.common.i18n.Written;
import org.fabrique.common.persistence.AuditedEntity;
import org.hibernate.envers.Audited;

/** A person's testimony for an actor about a coalition, given at an event session. */
@Entity
@Audited
@Table(name = "testimony")
public class Testimony extends AuditedEntity implements Written {
    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "coalition_id")
    private Long coalitionId;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(nullable = false)
    private String summary;

    /** The language the texts are written in (common/i18n). */
    @Column(nullable = false)
    private String lang = "fr";

    private String link;

    @Column(nullable = false)
    private boolean sample;

    protected Testimony() {}

    public Testimony(Long personId) {
        this.personId = personId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long actorId) {
        this.actorId = actorId;
    }

    public Long getCoalitionId() {
        return coalitionId;
    }

    public void setCoalitionId(Long coalitionId) {
        this.coalitionId = coalitionId;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }
}
