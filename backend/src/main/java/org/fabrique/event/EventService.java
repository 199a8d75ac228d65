package org.fabrique.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.actor.PersonSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.text.Slugs;
import org.fabrique.common.text.TextNormalizer;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/** Events and their agendas: lists, views, writes, and the contracts other features call. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {
    public static final Set<String> SORTS = Set.of("startsAt", "title");
    public static final String DEFAULT_SORT = "-startsAt";

    /** Which side of now an event list shows. */
    public enum When {
        UPCOMING,
        PAST
    }

    /** Filters of the event list as the client gave them (slugs, not ids). */
    public record Filters(
            OffsetDateTime from,
            OffsetDateTime to,
            EventKind kind,
            String coalition,
            String territory,
            When when,
            String q) {}

    private final EventRepository repository;
    private final EventSessionRepository sessions;
    private final ActorService actors;
    private final CoalitionDirectory coalitions;
    private final TerritoryService territories;
    private final EntityTags tags;
    private final ListTotals totals;

    public EventService(
            EventRepository repository,
            EventSessionRepository sessions,
            ActorService actors,
            CoalitionDirectory coalitions,
            TerritoryService territories,
            EntityTags tags,
            ListTotals totals) {
        this.totals = totals;
        this.repository = repository;
        this.sessions = sessions;
        this.actors = actors;
        this.coalitions = coalitions;
        this.territories = territories;
        this.tags = tags;
    }

    public Page<EventSummary> list(Filters filters, PageRequest request) {
        Optional<EventCriteria> criteria = criteria(filters);
        if (criteria.isEmpty()) {
            return Page.of(List.of(), request, 0);
        }
        List<EventSummary> items = repository.page(criteria.get(), request).stream()
                .map(EventService::toSummary)
                .toList();
        return Page.of(
                items,
                request,
                totals.of(criteria.get(), request, items.size(), () -> repository.count(criteria.get())));
    }

    private Optional<EventCriteria> criteria(Filters f) {
        Long coalitionId = null;
        if (f.coalition() != null) {
            Optional<Long> id = coalitions.idOf(f.coalition());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            coalitionId = id.get();
        }
        Set<Long> territoryIds = null;
        if (f.territory() != null) {
            Optional<Long> id = territories.idOf(f.territory());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            territoryIds = territories.selfAndDescendantIds(id.get());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Optional.of(new EventCriteria(
                f.from(),
                f.to(),
                f.kind(),
                coalitionId,
                territoryIds,
                f.when() == When.UPCOMING ? now : null,
                f.when() == When.PAST ? now : null,
                f.q() == null ? List.of() : TextNormalizer.terms(f.q())));
    }

    public EventView get(String slug) {
        return toView(load(slug));
    }

    // ---- contracts for other features ------------------------------------------------------

    /** References to the given events, for other features to embed. */
    public Map<Long, EventRef> refs(Collection<Long> ids) {
        return repository.findByIds(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Event::getId, EventService::toRef));
    }

    /** The id of an event used as a filter, or empty when none has that slug. */
    public Optional<Long> idOf(String slug) {
        return repository.findBySlug(slug).map(Event::getId);
    }

    /** Resolves slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        Set<String> wanted = Set.copyOf(slugs);
        Map<String, Long> found =
                repository.findBySlugs(wanted).stream().collect(Collectors.toMap(Event::getSlug, Event::getId));
        for (String slug : wanted) {
            if (!found.containsKey(slug)) {
                throw DomainException.invalidField(field, "unknown event '" + slug + "'");
            }
        }
        return found;
    }

    /** The session id when the session belongs to the event, empty otherwise. */
    public Optional<Long> sessionIdOf(long eventId, long sessionId) {
        return sessions.findInEvent(eventId, sessionId).map(EventSession::getId);
    }

    /** References to the given sessions, for other features to embed. */
    public Map<Long, SessionRef> sessionRefs(Collection<Long> sessionIds) {
        return sessions.findByIds(Set.copyOf(sessionIds)).stream()
                .collect(Collectors.toMap(
                        EventSession::getId, s -> new SessionRef(s.getId(), s.getTitle(), s.getKind())));
    }

    public long count() {
        return repository.count();
    }

    // ---- writes --------------------------------------------------------------------------

    @Transactional
    public EventView create(EventInput input) {
        String slug = input.slug() != null ? input.slug() : Slugs.slugify(input.title(), 120);
        if (repository.findBySlug(slug).isPresent()) {
            throw DomainException.conflict("An event with slug '" + slug + "' already exists");
        }
        Event event = new Event(slug);
        apply(event, input);
        repository.persist(event);
        repository.flush();
        return toView(event);
    }

    @Transactional
    public EventView update(String slug, EventInput input, String ifMatch) {
        Event event = load(slug);
        tags.checkIfMatch(ifMatch, toView(event));
        if (input.slug() != null && !input.slug().equals(slug)) {
            if (repository.findBySlug(input.slug()).isPresent()) {
                throw DomainException.conflict("An event with slug '" + input.slug() + "' already exists");
            }
            event.setSlug(input.slug());
        }
        apply(event, input);
        repository.flush();
        return toView(event);
    }

    @Transactional
    public void delete(String slug) {
        repository.delete(load(slug));
    }

    private Event load(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> DomainException.notFound("event", slug));
    }

    private void apply(Event event, EventInput input) {
        if (input.endsAt().isBefore(input.startsAt())) {
            throw DomainException.invalidField("endsAt", "must not be before startsAt");
        }
        String zone = input.timeZone().trim();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw DomainException.invalidField("timeZone", "must be an IANA time zone id such as Europe/Paris");
        }
        List<SessionInput> agenda = input.sessions() == null ? List.of() : input.sessions();
        // Resolve every reference before changing anything.
        Set<Long> organiserIds = ids(actors.idsBySlug(nonNull(input.organisers()), "organisers"), input.organisers());
        Set<Long> coalitionIds =
                ids(coalitions.idsBySlug(nonNull(input.coalitions()), "coalitions"), input.coalitions());
        Set<Long> territoryIds =
                ids(territories.idsBySlug(nonNull(input.territories()), "territories"), input.territories());
        Map<Long, EventSession> existing = new HashMap<>();
        for (EventSession s : event.getSessions()) {
            existing.put(s.getId(), s);
        }
        Set<Long> seen = new HashSet<>();
        List<Map<String, Long>> speakerIds = new ArrayList<>();
        List<Long> sessionCoalitions = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            SessionInput s = agenda.get(i);
            String prefix = "sessions[" + i + "].";
            if (s.startsAt() != null && s.endsAt() != null && s.endsAt().isBefore(s.startsAt())) {
                throw DomainException.invalidField(prefix + "endsAt", "must not be before startsAt");
            }
            if (s.id() != null && (!existing.containsKey(s.id()) || !seen.add(s.id()))) {
                throw DomainException.invalidField(prefix + "id", "is not a session of this event, or is listed twice");
            }
            speakerIds.add(actors.personIdsBySlug(nonNull(s.speakers()), prefix + "speakers"));
            sessionCoalitions.add(
                    s.coalition() == null
                            ? null
                            : coalitions
                                    .idsBySlug(List.of(s.coalition()), prefix + "coalition")
                                    .get(s.coalition()));
        }

        event.setTitle(input.title().trim());
        event.setKind(input.kind());
        event.setDescription(input.description());
        event.setStartsAt(input.startsAt());
        event.setEndsAt(input.endsAt());
        event.setTimeZone(zone);
        event.setFormat(input.format());
        event.setLocation(input.location());
        event.setParticipantsCount(input.participantsCount());
        event.setSample(Boolean.TRUE.equals(input.sample()));
        replace(event.getOrganiserIds(), organiserIds);
        replace(event.getCoalitionIds(), coalitionIds);
        replace(event.getTerritoryIds(), territoryIds);

        List<EventSession> kept = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            SessionInput in = agenda.get(i);
            EventSession session = in.id() != null ? existing.get(in.id()) : new EventSession(event);
            session.setPosition(i);
            session.setTitle(in.title().trim());
            session.setKind(in.kind());
            session.setDescription(in.description());
            session.setStartsAt(in.startsAt());
            session.setEndsAt(in.endsAt());
            session.setCoalitionId(sessionCoalitions.get(i));
            replace(session.getSpeakerIds(), ids(speakerIds.get(i), in.speakers()));
            kept.add(session);
        }
        event.getSessions().clear();
        event.getSessions().addAll(kept);
    }

    private static List<String> nonNull(List<String> slugs) {
        return slugs == null ? List.of() : slugs;
    }

    /** Ids in the order the client listed the slugs. */
    private static Set<Long> ids(Map<String, Long> bySlug, List<String> slugs) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String slug : nonNull(slugs)) {
            ids.add(bySlug.get(slug));
        }
        return ids;
    }

    private static void replace(Set<Long> target, Set<Long> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    // ---- mapping -------------------------------------------------------------------------

    private EventView toView(Event e) {
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
        List<SessionView> sessionViews = agenda.stream()
                .map(s -> new SessionView(
                        s.getId(),
                        s.getTitle(),
                        s.getKind(),
                        s.getDescription(),
                        at(s.getStartsAt(), zone),
                        at(s.getEndsAt(), zone),
                        s.getCoalitionId() == null ? null : coalitionRefs.get(s.getCoalitionId()),
                        s.getSpeakerIds().stream()
                                .map(people::get)
                                .filter(Objects::nonNull)
                                .sorted(Comparator.comparing(PersonSummary::fullName)
                                        .thenComparing(PersonSummary::slug))
                                .toList()))
                .toList();
        return new EventView(
                e.getSlug(),
                e.getTitle(),
                e.getKind(),
                e.getDescription(),
                at(e.getStartsAt(), zone),
                at(e.getEndsAt(), zone),
                e.getTimeZone(),
                e.getFormat(),
                e.getLocation(),
                e.getParticipantsCount(),
                organisers,
                eventCoalitions,
                eventTerritories,
                sessionViews,
                e.isSample(),
                e.getUpdatedAt());
    }

    static EventSummary toSummary(Event e) {
        ZoneId zone = zoneOf(e);
        return new EventSummary(
                e.getSlug(),
                e.getTitle(),
                e.getKind(),
                at(e.getStartsAt(), zone),
                at(e.getEndsAt(), zone),
                e.getTimeZone(),
                e.getFormat(),
                e.getLocation(),
                e.getParticipantsCount(),
                e.isSample());
    }

    static EventRef toRef(Event e) {
        return new EventRef(e.getSlug(), e.getTitle(), e.getKind(), at(e.getStartsAt(), zoneOf(e)));
    }

    /** What a search hit shows of an event: its description, or else its place, clipped. */
    static String excerpt(String description, String location) {
        String text = description != null && !description.isBlank() ? description.strip() : location;
        if (text == null) {
            return null;
        }
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private static ZoneId zoneOf(Event e) {
        try {
            return ZoneId.of(e.getTimeZone());
        } catch (DateTimeException | NullPointerException ex) {
            return ZoneOffset.UTC;
        }
    }

    /** The instant with the offset its time zone had then (e.g. +02:00 in Paris in April). */
    static OffsetDateTime at(OffsetDateTime instant, ZoneId zone) {
        return instant == null ? null : instant.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
