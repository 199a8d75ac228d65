package org.fabrique.coalition;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fabrique.coalition.canvas.CoalitionProblem;
import org.fabrique.coalition.canvas.DesiredImpact;
import org.fabrique.coalition.canvas.Experience;
import org.fabrique.common.i18n.Written;
import org.fabrique.common.persistence.AuditedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A coalition and its canvas (intention, vision, experiences, problems, desired impacts). The
 * coalition is the aggregate root of its canvas parts; axes are held by id.
 */
@Entity
@Audited
@Table(name = "coalition")
public class Coalition extends AuditedEntity implements Written {
    @Column(nullable = false, unique = true)
    private int number;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String summary;

    private String intention;

    private String vision;

    /** The language the texts are written in (their translations: common/i18n). */
    @Column(nullable = false)
    private String lang = "fr";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private boolean sample;

    @Column(name = "comments_open", nullable = false)
    private boolean commentsOpen = true;

    /** The weighted tsvector kept by the database (V16): read by the lists' q filter, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_vector", insertable = false, updatable = false)
    @NotAudited
    private String searchVector;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "coalition_axis", joinColumns = @JoinColumn(name = "coalition_id"))
    @Column(name = "axis_id")
    private Set<Long> axisIds = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "coalition_coordinator", joinColumns = @JoinColumn(name = "coalition_id"))
    @Column(name = "account_id")
    private Set<Long> coordinatorAccountIds = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "coalition_keyword", joinColumns = @JoinColumn(name = "coalition_id"))
    @Column(name = "keyword")
    private Set<String> keywords = new LinkedHashSet<>();

    @NotAudited
    @OneToMany(mappedBy = "coalition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Experience> experiences = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "coalition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CoalitionProblem> problems = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "coalition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DesiredImpact> impacts = new ArrayList<>();

    protected Coalition() {}

    public Coalition(int number, String slug) {
        this.number = number;
        this.slug = slug;
    }

    /**
     * Makes the row dirty so that the next flush writes it (new update time and version, and the
     * database recomputes its search vector) even when only canvas parts or measures, stored in
     * other tables, changed.
     */
    public void markChanged() {
        touch();
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getIntention() {
        return intention;
    }

    public void setIntention(String intention) {
        this.intention = intention;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getVision() {
        return vision;
    }

    public void setVision(String vision) {
        this.vision = vision;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public boolean isCommentsOpen() {
        return commentsOpen;
    }

    public void setCommentsOpen(boolean commentsOpen) {
        this.commentsOpen = commentsOpen;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public Set<Long> getAxisIds() {
        return axisIds;
    }

    public Set<String> getKeywords() {
        return keywords;
    }

    public List<Experience> getExperiences() {
        return experiences;
    }

    public List<CoalitionProblem> getProblems() {
        return problems;
    }

    public List<DesiredImpact> getImpacts() {
        return impacts;
    }

    public Set<Long> getCoordinatorAccountIds() {
        return coordinatorAccountIds;
    }
}
