package org.fabrique.coalition.canvas;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fabrique.coalition.Coalition;

/** A problem the coalition faces, the kinds of allies sought for it and the actors who joined on it. */
@Entity
@Table(name = "coalition_problem")
public class CoalitionProblem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id")
    private Coalition coalition;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private String description;

    @ElementCollection
    @CollectionTable(name = "problem_ally_kind", joinColumns = @JoinColumn(name = "problem_id"))
    @Column(name = "ally_kind")
    private Set<String> allyKinds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "problem_actor", joinColumns = @JoinColumn(name = "problem_id"))
    @Column(name = "actor_id")
    private Set<Long> actorIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "coalition_problem_solution", joinColumns = @JoinColumn(name = "problem_id"))
    @OrderColumn(name = "position")
    private List<Solution> solutions = new ArrayList<>();

    protected CoalitionProblem() {}

    /** Recommended solutions or kinds of solutions, in order. */
    public List<Solution> getSolutions() {
        return solutions;
    }

    public CoalitionProblem(Coalition coalition) {
        this.coalition = coalition;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public void setCoalition(Coalition coalition) {
        this.coalition = coalition;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<String> getAllyKinds() {
        return allyKinds;
    }

    public Set<Long> getActorIds() {
        return actorIds;
    }
}
