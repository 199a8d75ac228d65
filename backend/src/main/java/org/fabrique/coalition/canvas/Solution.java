package org.fabrique.coalition.canvas;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A solution, or a kind of solution, recommended for a problem of the canvas. */
@Embeddable
public class Solution {
    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SolutionKind kind;

    @Column(nullable = false)
    private boolean sample;

    protected Solution() {}

    public Solution(String title, SolutionKind kind, boolean sample) {
        this.title = title;
        this.kind = kind;
        this.sample = sample;
    }

    public String getTitle() {
        return title;
    }

    public SolutionKind getKind() {
        return kind;
    }

    public boolean isSample() {
        return sample;
    }
}
