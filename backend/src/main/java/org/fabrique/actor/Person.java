package org.fabrique.actor;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.fabrique.common.i18n.Written;
import org.fabrique.common.persistence.AuditedEntity;
import org.fabrique.common.persistence.Slugged;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who testifies, speaks, writes or coordinates; linked to the actor they act for. */
@Entity
@Audited
@Table(name = "person")
public class Person extends AuditedEntity implements Slugged, Written {
    /** The weighted tsvector kept by the database (V16): read by the lists' q filter, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_vector", insertable = false, updatable = false)
    @NotAudited
    private String searchVector;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "role_title")
    private String roleTitle;

    private String bio;

    /** The language the texts are written in (common/i18n). */
    @Column(nullable = false)
    private String lang = "fr";

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false)
    private boolean sample;

    protected Person() {}

    public Person(String slug) {
        this.slug = slug;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public void setRoleTitle(String roleTitle) {
        this.roleTitle = roleTitle;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long actorId) {
        this.actorId = actorId;
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
