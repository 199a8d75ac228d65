package org.fabrique.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.account.PartnerScope;
import org.fabrique.actor.ActorService;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.IdSets;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.common.persistence.SlugCatalogue;
import org.fabrique.common.text.TextNormalizer;
import org.fabrique.territory.TerritoryService;

/** Events and their agendas: lists, views, writes, and the contracts other features call. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {
    public static final Set<String> SORTS = Set.of("startsAt", "title");
    public static final String DEFAULT_SORT = "-startsAt";
    private static final SlugCatalogue<Event> EVENTS = new SlugCatalogue<>(Event.class, "event");

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
    private final EventMapper mapper;
    private final ActorService actors;
    private final CoalitionDirectory coalitions;
    private final TerritoryService territories;
    private final ListTotals totals;
    private final PartnerScope partners;

    public EventService(
            EventRepository repository,
            EventSessionRepository sessions,
            EventMapper mapper,
            ActorService actors,
            CoalitionDirectory coalitions,
            TerritoryService territories,
            ListTotals totals,
            PartnerScope partners) {
        this.repository = repository;
        this.sessions = sessions;
        this.mapper = mapper;
        this.actors = actors;
        this.coalitions = coalitions;
        this.territories = territories;
        this.totals = totals;
        this.partners = partners;
    }

    public Page<EventSummary> list(Filters filters, PageRequest request) {
        Optional<EventCriteria> criteria = criteria(filters);
        if (criteria.isEmpty()) {
            return Page.of(List.of(), request, 0);
        }
        ListQuery.Rows<Event> rows = repository.page(criteria.get(), request, totals);
        return Page.of(mapper.summaries(rows.items()), request, rows.total(), rows.nextCursor());
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

    public Versioned<EventView> get(String slug) {
        return versioned(EVENTS.load(slug));
    }

    // ---- contracts for other features ------------------------------------------------------

    /** References to the given events, for other features to embed (one query of the columns they show). */
    public Map<Long, EventRef> refs(Collection<Long> ids) {
        return ids.isEmpty() ? new java.util.HashMap<>() : mapper.refs(repository.refRows(Set.copyOf(ids)));
    }

    /** The id of an event used as a filter, or empty when none has that slug. */
    public Optional<Long> idOf(String slug) {
        return EVENTS.idOf(slug);
    }

    /** Resolves slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        return EVENTS.idsBySlug(slugs, field);
    }

    /** The session id when the session belongs to the event, empty otherwise. */
    public Optional<Long> sessionIdOf(long eventId, long sessionId) {
        return sessions.findInEvent(eventId, sessionId).map(EventSession::getId);
    }

    /** References to the given sessions, for other features to embed. */
    public Map<Long, SessionRef> sessionRefs(Collection<Long> sessionIds) {
        return sessions.findByIds(Set.copyOf(sessionIds)).stream()
                .collect(Collectors.toMap(EventSession::getId, EventMapper::sessionRef));
    }

    public long count() {
        return repository.count();
    }

    // ---- writes --------------------------------------------------------------------------

    @Transactional
    public Versioned<EventView> create(EventInput input) {
        return versioned(EVENTS.create(input.slug(), input.title(), Event::new, event -> apply(event, input)));
    }

    @Transactional
    public Versioned<EventView> update(String slug, EventInput input, String ifMatch) {
        return versioned(EVENTS.update(slug, input.slug(), ifMatch, event -> apply(event, input)));
    }

    @Transactional
    public void delete(String slug) {
        EVENTS.delete(slug);
    }

    private Versioned<EventView> versioned(Event event) {
        return new Versioned<>(mapper.view(event), event.getVersion());
    }

    /** Checks the input against the event's agenda, resolves every slug, then changes the event. */
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
        // A partner's event is always organised by its actor, among those the input names.
        partners.ownActor(EventAccess.STAFF).ifPresent(organiserIds::add);
        Set<Long> coalitionIds =
                ids(coalitions.idsBySlug(nonNull(input.coalitions()), "coalitions"), input.coalitions());
        Set<Long> territoryIds =
                ids(territories.idsBySlug(nonNull(input.territories()), "territories"), input.territories());
        Map<Long, EventSession> existing = new HashMap<>();
        for (EventSession s : event.getSessions()) {
            existing.put(s.getId(), s);
        }
        Set<Long> seen = new HashSet<>();
        List<Set<Long>> speakerIds = new ArrayList<>();
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
            speakerIds.add(ids(actors.personIdsBySlug(nonNull(s.speakers()), prefix + "speakers"), s.speakers()));
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
        event.setParticipantsApproximate(Boolean.TRUE.equals(input.participantsApproximate()));
        event.setOrganisedWithPartners(Boolean.TRUE.equals(input.organisedWithPartners()));
        event.setSample(Boolean.TRUE.equals(input.sample()));
        IdSets.replace(event.getOrganiserIds(), organiserIds);
        IdSets.replace(event.getCoalitionIds(), coalitionIds);
        IdSets.replace(event.getTerritoryIds(), territoryIds);

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
            // Sessions are written with their event: in the language the request names, else a new
            // one in the event's.
            session.setLang(org.fabrique.common.i18n.ContentLanguage.ofWrite()
                    .orElse(in.id() == null ? event.getLang() : session.getLang()));
            IdSets.replace(session.getSpeakerIds(), speakerIds.get(i));
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
        return IdSets.inOrder(bySlug, slugs);
    }
}
