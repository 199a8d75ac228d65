package org.fabrique.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.i18n.TranslationInput;
import org.fabrique.common.i18n.Translations;
import org.fabrique.common.i18n.TranslationsView;
import org.fabrique.common.persistence.SlugCatalogue;

/** Translations of events and of the sessions of their agenda (EventResource checks EventAccess). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventTranslations {
    private static final SlugCatalogue<Event> EVENTS = new SlugCatalogue<>(Event.class, "event");

    private final Translations translations;

    public EventTranslations(Translations translations) {
        this.translations = translations;
    }

    /** The originals and translations of an event's texts. */
    public TranslationsView translations(String slug) {
        Event event = EVENTS.load(slug);
        return translations.view(EventMapper.KIND, event.getId(), EventMapper.source(event));
    }

    /** Writes a translation of an event's texts (the caller may edit the event: EventAccess). */
    @Transactional
    public TranslationsView translate(String slug, String lang, TranslationInput input) {
        Event event = EVENTS.load(slug);
        return translations.translate(EventMapper.KIND, event, EventMapper.source(event), lang, input);
    }

    /** Writes a translation of the texts of one session of an event's agenda. */
    @Transactional
    public TranslationsView translateSession(String slug, long sessionId, String lang, TranslationInput input) {
        Event event = EVENTS.load(slug);
        EventSession session = event.getSessions().stream()
                .filter(s -> s.getId() == sessionId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("session", String.valueOf(sessionId)));
        if (translations.write(
                EventMapper.SESSION_KIND, session.getId(), EventMapper.sessionSource(session), lang, input)) {
            event.translationsChanged();
        }
        return translations.view(EventMapper.SESSION_KIND, session.getId(), EventMapper.sessionSource(session));
    }

    @Transactional
    public void deleteTranslation(String slug, String lang) {
        translations.deleteTranslation(EventMapper.KIND, EVENTS.load(slug), lang);
    }
}
