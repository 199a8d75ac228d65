package org.fabrique.common.i18n;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** The translations of records, by kind of record. */
@ApplicationScoped
public class ContentTranslationRepository implements PanacheRepository<ContentTranslation> {

    public List<ContentTranslation> of(String kind, long recordId) {
        return list("kind = ?1 and recordId = ?2 order by lang, field", kind, recordId);
    }

    /** The translations of many records into one language (one query). */
    public List<ContentTranslation> of(String kind, Collection<Long> recordIds, String lang) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return list("kind = ?1 and recordId in ?2 and lang = ?3", kind, recordIds, lang);
    }

    public long deleteOf(String kind, long recordId, String lang) {
        return delete("kind = ?1 and recordId = ?2 and lang = ?3", kind, recordId, lang);
    }
}
