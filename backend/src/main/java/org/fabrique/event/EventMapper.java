package org.fabrique.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.actor.PersonSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.i18n.Localized;
import org.fabrique.common.i18n.Translations;
import org.fabrique.common.i18n.Translations.Source;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/**
 * The views of events: times shown with the offset the event's time zone had then, embedded
 * records loaded in one query per kind.
 */
@ApplicationScoped
public class EventMapper {
    private final ActorService actors;
    private final CoalitionDirectory coalitions;
    private final TerritoryService territories;

    private final Translations translations;

    /** The kinds of record of events' and sessions' translations. */
    public static final String KIND = "event";

    public static final String SESSION_KIND = "event_session";

    public EventMapper(
            ActorService actors,
            CoalitionDirectory coalitions,
            TerritoryService territories,
            Translations translations) {
        this.translations = translations;
        this.actors = actors;
        this.coalitions = coalitions;
        this.territories = territories;
    }

    public EventView view(Event e) {
        ZoneId zone = zoneOf(e);
        List<EventSession> agenda = e.getSessions().stream()
                .sorted(Comparator.comparingInt(EventSession::getPosition))
                .toList();
        Set<Long> coalitionIds = new HashSet<>(e.getCoalitionIds());
        Set<Long> personIds = new HashSet<>();
        for (EventSession s : agenda) {
            if (s.getCoalitionId() != null) {
                coalitionIds.add(s.getCoalitionId());
            }
            personIds.addAll(s.getSpeakerIds());
        }
        Map<Long, CoalitionRef> coalitionRefs = coalitions.refs(coalitionIds);
        Map<Long, PersonSummary> people = personIds.isEmpty() ? Map.of() : actors.personSummaries(personIds);
        List<ActorSummary> organisers = actors.summaries(e.getOrganiserIds()).values().stream()
                .sorted(Comparator.comparing(ActorSummary::name).thenComparing(ActorSummary::slug))
                .toList();
        List<CoalitionRef> eventCoalitions = e.getCoalitionIds().stream()
                .map(coalitionRefs::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(CoalitionRef::number))
                .toList();
        List<TerritorySummary> eventTerritories = territories.summaries(e.getTerritoryIds()).values().stream()
                .sorted(Comparator.comparing(TerritorySummary::name).thenComparing(TerritorySummary::slug))
                .toList();
        Map<Long, Source> sessionSources = new java.util.LinkedHashMap<>();
        agenda.forEach(s -> sessionSources.put(s.getId(), sessionSource(s)));
        Map<Long, Localized> sessionTexts = translations.localize(SESSION_KIND, sessionSources);
        List<SessionView> sessionViews = agenda.stream()
                .map(s -> session(s, zone, coalitionRefs, people, sessionTexts.get(s.getId())))
                .toList();
        Localized texts = translations.localize(KIND, e.getId(), source(e));
        return new EventView(
                e.getSlug(),
                texts.text("title"),
                e.getKind(),
                texts.text("description"),
                at(e.getStartsAt(), zone),
                at(e.getEndsAt(), zone),
                e.getTimeZone(),
                e.getFormat(),
                e.getLocation(),
                e.getParticipantsCount(),
                e.isParticipantsApproximate(),
                organisers,
                e.isOrganisedWithPartners(),
                eventCoalitions,
                eventTerritories,
                sessionViews,
                e.isSample(),
                e.getUpdatedAt(),
                texts.languages());
    }

    /** The translatable texts of an event, by field name. */
    public static Source source(Event e) {
        return Source.of(e.getLang(), "title", e.getTitle(), "description", e.getDescription());
    }

    public static Source sessionSource(EventSession s) {
        return Source.of(s.getLang(), "title", s.getTitle(), "description", s.getDescription());
    }

    private static SessionView session(
            EventSession s,
            ZoneId zone,
            Map<Long, CoalitionRef> coalitionRefs,
            Map<Long, PersonSummary> people,
            Localized texts) {
        return new SessionView(
                s.getId(),
                texts.text("title"),
                s.getKind(),
                texts.text("description"),
                at(s.getStartsAt(), zone),
                at(s.getEndsAt(), zone),
                s.getCoalitionId() == null ? null : coalitionRefs.get(s.getCoalitionId()),
                s.getSpeakerIds().stream()
                        .map(people::get)
                        .filter(Objects::nonNull)
                        .sorted(Comparator.comparing(PersonSummary::fullName).thenComparing(PersonSummary::slug))
                        .toList(),
                texts.languages());
    }

    /** Events in a list, their titles in the reader's language when translated (one query). */
    public List<EventSummary> summaries(List<Event> events) {
        Map<Long, Source> sources = new java.util.LinkedHashMap<>();
        events.forEach(e -> sources.put(e.getId(), Source.of(e.getLang(), "title", e.getTitle())));
        Map<Long, Localized> texts = translations.localize(KIND, sources);
        return events.stream().map(e -> summary(e, texts.get(e.getId()))).toList();
    }

    private static EventSummary summary(Event e, Localized texts) {
        ZoneId zone = zoneOf(e);
        return new EventSummary(
                e.getSlug(),
                texts.text("title"),
                e.getKind(),
                at(e.getStartsAt(), zone),
                at(e.getEndsAt(), zone),
                e.getTimeZone(),
                e.getFormat(),
                e.getLocation(),
                e.getParticipantsCount(),
                e.isParticipantsApproximate(),
                e.isSample(),
                texts.languages());
    }

    /** References with their titles in the reader's language (one query for the translations). */
    Map<Long, EventRef> refs(List<EventRefRow> rows) {
        Map<Long, Source> sources = new java.util.HashMap<>();
        rows.forEach(r -> sources.put(r.id(), Source.of(r.lang(), "title", r.title())));
        Map<Long, Localized> texts = translations.localize(KIND, sources);
        Map<Long, EventRef> refs = new java.util.HashMap<>();
        rows.forEach(e -> refs.put(
                e.id(),
                new EventRef(
                        e.slug(),
                        texts.get(e.id()).text("title"),
                        e.kind(),
                        at(e.startsAt(), zoneOf(e.timeZone())),
                        texts.get(e.id()).languages())));
        return refs;
    }

    public static SessionRef sessionRef(EventSession s) {
        return new SessionRef(s.getId(), s.getTitle(), s.getKind());
    }

    private static ZoneId zoneOf(Event e) {
        return zoneOf(e.getTimeZone());
    }

    private static ZoneId zoneOf(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException ex) {
            return ZoneOffset.UTC;
        }
    }

    /** The instant with the offset its time zone had then (e.g. +02:00 in Paris in April). */
    static OffsetDateTime at(OffsetDateTime instant, ZoneId zone) {
        return instant == null ? null : instant.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
