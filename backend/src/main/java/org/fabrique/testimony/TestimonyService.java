package org.fabrique.testimony;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.PersonSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.i18n.ContentLanguage;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.event.EventService;

/** Testimonies of people at events, about coalitions. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TestimonyService {
    public static final Set<String> SORTS = Set.of("createdAt");
    public static final String DEFAULT_SORT = "-createdAt";

    /** Filters of the testimony list as the client gave them (slugs). */
    public record Filters(String coalition, String event, String person, String actor) {}

    private final TestimonyRepository repository;
    private final TestimonyMapper mapper;
    private final ActorService actors;
    private final CoalitionDirectory coalitions;
    private final EventService events;
    private final ListTotals totals;

    public TestimonyService(
            TestimonyRepository repository,
            TestimonyMapper mapper,
            ActorService actors,
            CoalitionDirectory coalitions,
            EventService events,
            ListTotals totals) {
        this.totals = totals;
        this.repository = repository;
        this.mapper = mapper;
        this.actors = actors;
        this.coalitions = coalitions;
        this.events = events;
    }

    public Page<TestimonyView> list(Filters f, PageRequest request) {
        Optional<Long> coalitionId = f.coalition() == null ? Optional.empty() : coalitions.idOf(f.coalition());
        Optional<Long> eventId = f.event() == null ? Optional.empty() : events.idOf(f.event());
        Optional<Long> personId = f.person() == null ? Optional.empty() : actors.personIdOf(f.person());
        Optional<Long> actorId = f.actor() == null ? Optional.empty() : actors.idOf(f.actor());
        if ((f.coalition() != null && coalitionId.isEmpty())
                || (f.event() != null && eventId.isEmpty())
                || (f.person() != null && personId.isEmpty())
                || (f.actor() != null && actorId.isEmpty())) {
            return Page.of(List.of(), request, 0);
        }
        TestimonyRepository.Criteria criteria = new TestimonyRepository.Criteria(
                coalitionId.orElse(null), eventId.orElse(null), personId.orElse(null), actorId.orElse(null));
        ListQuery.Rows<Testimony> rows = repository.page(criteria, request, totals);
        return Page.of(mapper.views(rows.items()), request, rows.total(), rows.nextCursor());
    }

    public Versioned<TestimonyView> get(String id) {
        return versioned(load(id));
    }

    /** A testimony, or empty when there is none with this id (never throws: safe inside a transaction). */
    public java.util.Optional<TestimonyView> find(long id) {
        return repository.findByIdOptional(id).map(mapper::view);
    }

    @Transactional
    public Versioned<TestimonyView> create(TestimonyInput input) {
        Testimony testimony = new Testimony(null);
        apply(testimony, input);
        repository.persist(testimony);
        repository.flush();
        return versioned(testimony);
    }

    @Transactional
    public Versioned<TestimonyView> update(String id, TestimonyInput input, String ifMatch) {
        Testimony testimony = load(id);
        EntityTags.requireMatch(ifMatch, testimony.getVersion());
        apply(testimony, input);
        repository.flush();
        return versioned(testimony);
    }

    @Transactional
    public void delete(String id) {
        repository.delete(load(id));
    }

    private Versioned<TestimonyView> versioned(Testimony testimony) {
        return new Versioned<>(mapper.view(testimony), testimony.getVersion());
    }

    private Testimony load(String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("testimony", id);
        }
        return repository.findByIdOptional(key).orElseThrow(() -> DomainException.notFound("testimony", id));
    }

    private void apply(Testimony t, TestimonyInput input) {
        ContentLanguage.ofWrite().ifPresent(t::setLang);
        long personId =
                actors.personIdsBySlug(List.of(input.person()), "person").get(input.person());
        Long actorId;
        if (input.actor() != null) {
            actorId = actors.idsBySlug(List.of(input.actor()), "actor").get(input.actor());
        } else {
            PersonSummary person = actors.personSummaries(List.of(personId)).get(personId);
            actorId = person == null || person.actor() == null
                    ? null
                    : actors.idOf(person.actor().slug()).orElse(null);
        }
        Long coalitionId = input.coalition() == null
                ? null
                : coalitions.idsBySlug(List.of(input.coalition()), "coalition").get(input.coalition());
        Long eventId = input.event() == null
                ? null
                : events.idsBySlug(List.of(input.event()), "event").get(input.event());
        Long sessionId = null;
        if (input.session() != null) {
            if (eventId == null) {
                throw DomainException.invalidField("session", "needs the event the session belongs to");
            }
            sessionId = events.sessionIdOf(eventId, input.session())
                    .orElseThrow(() -> DomainException.invalidField("session", "is not a session of this event"));
        }
        t.setPersonId(personId);
        t.setActorId(actorId);
        t.setCoalitionId(coalitionId);
        t.setEventId(eventId);
        t.setSessionId(sessionId);
        t.setSummary(input.summary().strip());
        t.setLink(input.link());
        t.setSample(Boolean.TRUE.equals(input.sample()));
    }
}
