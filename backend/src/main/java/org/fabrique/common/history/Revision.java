package org.fabrique.common.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction that changed audited rows (Hibernate Envers): when, and the subject (the identity
 * provider's opaque id) of the caller who made it: none for the demo data and other work without a
 * signed-in caller; none either, with {@code authorDeleted}, once that account was deleted: the
 * history keeps what changed, not who.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionAuthorListener.class)
public class Revision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long timestamp;

    @Column(name = "author_subject")
    private String authorSubject;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "author_deleted", nullable = false)
    private boolean authorDeleted;

    public long getId() {
        return id;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    void setAuthorSubject(String authorSubject) {
        this.authorSubject = authorSubject;
    }

    public String getAuthorName() {
        return authorName;
    }

    void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public boolean isAuthorDeleted() {
        return authorDeleted;
    }
}
