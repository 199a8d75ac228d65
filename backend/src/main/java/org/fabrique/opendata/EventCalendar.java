package org.fabrique.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.fabrique.event.EventView;
import org.fabrique.event.SessionView;

/**
 * An iCalendar (RFC 5545) feed of events, written with ical4j: one VEVENT per event and one per
 * session that has its own times (RELATED-TO its event), times in the event's time zone with its
 * VTIMEZONE, links to the SPA's pages.
 */
final class EventCalendar {
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private EventCalendar() {}

    static String write(String name, List<EventView> events, OpenDataConfig links) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Fabrique//Open data//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<String> zones = new LinkedHashSet<>();
        for (EventView e : events) {
            ZoneId zone = zone(e.timeZone());
            zones.add(zone.getId());
            String url = links.spa("/events/" + e.slug());
            String uid = "event-" + e.slug() + "@fabrique";
            VEvent event = new VEvent(at(e.startsAt(), zone), at(e.endsAt(), zone), e.title());
            stamp(event, e.updatedAt());
            event.add(new Uid(uid));
            event.add(new Categories(e.kind().name()));
            if (e.description() != null && !e.description().isBlank()) {
                event.add(new Description(e.description()));
            }
            if (e.location() != null && !e.location().isBlank()) {
                event.add(new Location(e.location()));
            }
            event.add(new Url(URI.create(url)));
            calendar.add(event);
            for (SessionView s : e.agenda()) {
                if (s.startsAt() == null || s.endsAt() == null) {
                    continue;
                }
                VEvent session =
                        new VEvent(at(s.startsAt(), zone), at(s.endsAt(), zone), s.title() + " — " + e.title());
                stamp(session, e.updatedAt());
                session.add(new Uid("session-" + s.id() + "@fabrique"));
                session.add(new RelatedTo(uid));
                session.add(new Categories(s.kind().name()));
                if (s.description() != null && !s.description().isBlank()) {
                    session.add(new Description(s.description()));
                }
                if (e.location() != null && !e.location().isBlank()) {
                    session.add(new Location(e.location()));
                }
                session.add(new Url(URI.create(url)));
                calendar.add(session);
            }
        }
        for (String id : zones) {
            TimeZone zone = ZONES.getTimeZone(id);
            if (zone != null) {
                calendar.add(zone.getVTimeZone());
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void stamp(VEvent event, OffsetDateTime updatedAt) {
        event.replace(new DtStamp(updatedAt == null ? java.time.Instant.now() : updatedAt.toInstant()));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("Europe/Paris");
        }
    }

    private static ZonedDateTime at(OffsetDateTime time, ZoneId zone) {
        return time.atZoneSameInstant(zone);
    }
}
