package org.fabrique.common.i18n;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.persistence.AuditedEntity;

/**
 * Texts of records in the reader's language: the translation when one exists, else the original.
 * Features call it from their mappers (reads) and from their services after their own permission
 * check (writes). {@code kind} is the table of the record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Translations {
    private final ContentTranslationRepository repository;
    private final ContentLanguage language;
    private final SecurityIdentity identity;

    public Translations(ContentTranslationRepository repository, ContentLanguage language, SecurityIdentity identity) {
        this.repository = repository;
        this.language = language;
        this.identity = identity;
    }

    /** The original texts of one record, by field name (in the order of the view). */
    public record Source(String original, Map<String, String> texts) {
        public static Source of(String original, String... fieldsAndTexts) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (int i = 0; i + 1 < fieldsAndTexts.length; i += 2) {
                texts.put(fieldsAndTexts[i], fieldsAndTexts[i + 1]);
            }
            return new Source(original == null ? "fr" : original, texts);
        }
    }

    /** The language the reader asked for, if any. */
    public Optional<String> preferred() {
        return language.preferred();
    }

    public Localized localize(String kind, long id, Source source) {
        return localize(kind, Map.of(id, source)).get(id);
    }

    /** Many records of a kind in one query. */
    public Map<Long, Localized> localize(String kind, Map<Long, Source> sources) {
        Optional<String> wanted = language.preferred();
        Map<Long, Map<String, String>> translated = new HashMap<>();
        if (wanted.isPresent()) {
            List<Long> ids = sources.entrySet().stream()
                    .filter(e -> !e.getValue().original().equals(wanted.get()))
                    .map(Map.Entry::getKey)
                    .toList();
            for (ContentTranslation t : repository.of(kind, ids, wanted.get())) {
                translated
                        .computeIfAbsent(t.getRecordId(), k -> new HashMap<>())
                        .put(t.getField(), t.getText());
            }
        }
        Map<Long, Localized> result = new HashMap<>();
        sources.forEach((id, source) -> {
            Map<String, String> mine = translated.getOrDefault(id, Map.of());
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, String> languages = new LinkedHashMap<>();
            source.texts().forEach((field, text) -> {
                String translation = mine.get(field);
                if (translation != null) {
                    texts.put(field, translation);
                    languages.put(field, wanted.orElseThrow());
                } else {
                    texts.put(field, text);
                    languages.put(field, source.original());
                }
            });
            result.put(id, new Localized(texts, new TextLanguages(source.original(), languages)));
        });
        return result;
    }

    /** The originals and all translations of a record, for editors. */
    public TranslationsView view(String kind, long id, Source source) {
        return new TranslationsView(
                source.original(),
                source.texts(),
                repository.of(kind, id).stream()
                        .map(t -> new TranslationView(
                                t.getLang(), t.getField(), t.getText(), t.getTranslatedBy(), t.getTranslatedAt()))
                        .toList());
    }

    /**
     * Writes the translation of a record into {@code lang} (the caller checked the permission to
     * edit the record): a text replaces its field's translation, an empty one removes it.
     * True when something changed.
     */
    @Transactional
    public boolean write(String kind, long id, Source source, String lang, TranslationInput input) {
        String code = ContentLanguage.require("lang", lang);
        if (code.equals(source.original())) {
            throw DomainException.conflict(
                    "The texts are written in {0}: this is their original, not a translation", code);
        }
        Map<String, ContentTranslation> existing = new HashMap<>();
        repository.of(kind, List.of(id), code).forEach(t -> existing.put(t.getField(), t));
        boolean changed = false;
        for (Map.Entry<String, String> e : input.texts().entrySet()) {
            String field = e.getKey();
            if (!source.texts().containsKey(field)) {
                throw DomainException.invalidField("texts." + field, "is not a translatable text of this record");
            }
            String text = e.getValue() == null ? "" : e.getValue().strip();
            ContentTranslation current = existing.get(field);
            if (text.isEmpty()) {
                if (current != null) {
                    repository.delete(current);
                    changed = true;
                }
            } else if (current == null || !current.getText().equals(text)) {
                ContentTranslation t = current != null ? current : new ContentTranslation(kind, id, field, code);
                t.write(text, author());
                if (current == null) {
                    repository.persist(t);
                }
                changed = true;
            }
        }
        repository.flush();
        return changed;
    }

    /**
     * Writes a translation of a record's texts (the caller checked the permission to edit it) and
     * marks the record changed when a text changed; the originals and translations after it.
     */
    @Transactional
    public TranslationsView translate(
            String kind, AuditedEntity record, Source source, String lang, TranslationInput input) {
        if (write(kind, record.getId(), source, lang, input)) {
            record.translationsChanged();
        }
        return view(kind, record.getId(), source);
    }

    /** Removes a record's translation into {@code lang}, marking the record changed when there was one. */
    @Transactional
    public void deleteTranslation(String kind, AuditedEntity record, String lang) {
        if (delete(kind, record.getId(), lang)) {
            record.translationsChanged();
        }
    }

    /** Removes every text of a translation; true when there was one. */
    @Transactional
    public boolean delete(String kind, long id, String lang) {
        String code = ContentLanguage.require("lang", lang);
        boolean deleted = repository.deleteOf(kind, id, code) > 0;
        repository.flush();
        return deleted;
    }

    /** Ids of the records of a kind (among {@code ids}) that have at least one text in {@code lang}. */
    public Collection<Long> translated(String kind, Collection<Long> ids, String lang) {
        return repository.of(kind, ids, lang).stream()
                .map(ContentTranslation::getRecordId)
                .distinct()
                .toList();
    }

    private String author() {
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        return identity.getPrincipal().getName();
    }
}
