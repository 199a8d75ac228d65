package org.fabrique.axis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fabrique.common.i18n.Written;
import org.fabrique.common.persistence.AuditedEntity;
import org.fabrique.common.persistence.Slugged;
import org.hibernate.envers.Audited;

/** A thematic axis of the panorama (e.g. "environment"). */
@Entity
@Audited
@Table(name = "axis")
public class Axis extends AuditedEntity implements Slugged, Written {
    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @jakarta.persistence.Column(nullable = false)
    private String lang = "fr";

    private String description;

    @Column(nullable = false)
    private String colour;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean sample;

    protected Axis() {}

    public Axis(String slug) {
        this.slug = slug;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The language the texts are written in (their translations: common/i18n). */
    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }
}
