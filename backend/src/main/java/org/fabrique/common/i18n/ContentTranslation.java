package org.fabrique.common.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.fabrique.common.cache.TableChanges;

/** One text of a record in a language other than its original one, with who translated it and when. */
@Entity
@Table(name = "content_translation")
@EntityListeners(TableChanges.class)
public class ContentTranslation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(nullable = false, updatable = false)
    private String field;

    @Column(nullable = false, updatable = false)
    private String lang;

    @Column(nullable = false)
    private String text;

    @Column(name = "translated_by", nullable = false)
    private String translatedBy;

    @Column(name = "translated_at", nullable = false)
    private OffsetDateTime translatedAt;

    protected ContentTranslation() {}

    public ContentTranslation(String kind, long recordId, String field, String lang) {
        this.kind = kind;
        this.recordId = recordId;
        this.field = field;
        this.lang = lang;
    }

    /** A new text of the translation, by its author, now. */
    public void write(String text, String by) {
        this.text = text;
        this.translatedBy = by;
        this.translatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** A text of the demo data, dated. */
    public void write(String text, String by, OffsetDateTime at) {
        this.text = text;
        this.translatedBy = by;
        this.translatedAt = at;
    }

    public String getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getField() {
        return field;
    }

    public String getLang() {
        return lang;
    }

    public String getText() {
        return text;
    }

    public String getTranslatedBy() {
        return translatedBy;
    }

    public OffsetDateTime getTranslatedAt() {
        return translatedAt;
    }
}
