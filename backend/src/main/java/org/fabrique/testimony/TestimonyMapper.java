package org.fabrique.testimony;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.actor.PersonSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.event.EventRef;
import org.fabrique.event.EventService;
import org.fabrique.event.SessionRef;

/** The views of testimonies, with what they embed loaded in one query per kind. */
@ApplicationScoped
public class TestimonyMapper {
    private final ActorService actors;
    private final CoalitionDirectory coalitions;
    private final EventService events;

    public TestimonyMapper(ActorService actors, CoalitionDirectory coalitions, EventService events) {
        this.actors = actors;
        this.coalitions = coalitions;
        this.events = events;
    }

    public TestimonyView view(Testimony testimony) {
        return views(List.of(testimony)).get(0);
    }

    public List<TestimonyView> views(List<Testimony> testimonies) {
        Set<Long> personIds = new HashSet<>();
        Set<Long> actorIds = new HashSet<>();
        Set<Long> coalitionIds = new HashSet<>();
        Set<Long> eventIds = new HashSet<>();
        Set<Long> sessionIds = new HashSet<>();
        for (Testimony t : testimonies) {
            personIds.add(t.getPersonId());
            addIfPresent(actorIds, t.getActorId());
            addIfPresent(coalitionIds, t.getCoalitionId());
            addIfPresent(eventIds, t.getEventId());
            addIfPresent(sessionIds, t.getSessionId());
        }
        Map<Long, PersonSummary> people = actors.personSummaries(personIds);
        Map<Long, ActorSummary> actorSummaries = actors.summaries(actorIds);
        Map<Long, CoalitionRef> coalitionRefs = coalitions.refs(coalitionIds);
        Map<Long, EventRef> eventRefs = events.refs(eventIds);
        Map<Long, SessionRef> sessionRefs = events.sessionRefs(sessionIds);
        return testimonies.stream()
                .map(t -> new TestimonyView(
                        t.getId(),
                        people.get(t.getPersonId()),
                        t.getActorId() == null ? null : actorSummaries.get(t.getActorId()),
                        t.getCoalitionId() == null ? null : coalitionRefs.get(t.getCoalitionId()),
                        t.getEventId() == null ? null : eventRefs.get(t.getEventId()),
                        t.getSessionId() == null ? null : sessionRefs.get(t.getSessionId()),
                        t.getSummary(),
                        t.getLink(),
                        t.isSample(),
                        t.getUpdatedAt(),
                        org.fabrique.common.i18n.TextLanguages.original(t.getLang(), "summary")))
                .toList();
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
