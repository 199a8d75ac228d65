package org.fabrique.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.fabrique.actor.ActorListItem;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.actor.ActorView;
import org.fabrique.actor.PersonService;
import org.fabrique.actor.PersonSummary;
import org.fabrique.actor.PersonView;
import org.fabrique.axis.AxisService;
import org.fabrique.axis.AxisSummary;
import org.fabrique.axis.AxisView;
import org.fabrique.coalition.CoalitionExport;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.event.EventService;
import org.fabrique.event.EventSummary;
import org.fabrique.event.EventView;
import org.fabrique.event.SessionView;
import org.fabrique.note.NoteService;
import org.fabrique.note.NoteSummary;
import org.fabrique.note.NoteView;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;
import org.fabrique.territory.TerritoryView;
import org.fabrique.testimony.TestimonyService;
import org.fabrique.testimony.TestimonyView;
import org.fabrique.toolbox.LocalInitiativeService;
import org.fabrique.toolbox.LocalInitiativeView;
import org.fabrique.toolbox.SharedResourceService;
import org.fabrique.toolbox.SharedResourceView;

/**
 * The CSV tables of the export, read through the public services of each feature (the same views
 * their public endpoints serve, so the export never shows more): published notes only, confirmed
 * memberships only, no comment, suggestion, account or e-mail.
 */
@ApplicationScoped
public class OpenDataTables {
    private static final String SLUG = "slug";
    private static final String UPDATED = "updated_at";
    private static final String SAMPLE_TEXT = "true when the record is sample data beyond the programme's facts";

    private final AxisService axes;
    private final TerritoryService territories;
    private final ActorService actors;
    private final PersonService people;
    private final EventService events;
    private final NoteService notes;
    private final TestimonyService testimonies;
    private final SharedResourceService resources;
    private final LocalInitiativeService initiatives;

    public OpenDataTables(
            AxisService axes,
            TerritoryService territories,
            ActorService actors,
            PersonService people,
            EventService events,
            NoteService notes,
            TestimonyService testimonies,
            SharedResourceService resources,
            LocalInitiativeService initiatives) {
        this.axes = axes;
        this.territories = territories;
        this.actors = actors;
        this.people = people;
        this.events = events;
        this.notes = notes;
        this.testimonies = testimonies;
        this.resources = resources;
        this.initiatives = initiatives;
    }

    /** Every table, in the order the README lists them. */
    public List<OpenDataTable> all(List<CoalitionExport> coalitions) {
        List<OpenDataTable> tables = new ArrayList<>(CoalitionTables.of(coalitions));
        tables.add(axes());
        tables.add(territories());
        tables.add(actors());
        tables.add(people());
        List<EventView> allEvents = this.<EventSummary>all(p -> events.list(
                        new EventService.Filters(null, null, null, null, null, null, null), page(p, "startsAt")))
                .stream()
                .map(e -> events.get(e.slug()).view())
                .toList();
        tables.add(events(allEvents));
        tables.add(sessions(allEvents));
        tables.add(notes());
        tables.add(testimonies());
        tables.add(resources());
        tables.add(initiatives());
        return tables;
    }

    private OpenDataTable axes() {
        return OpenDataTable.<AxisView>of("axes.csv", "Thematic axes of the panorama")
                .column(SLUG, "string", "identifier of the axis", AxisView::slug)
                .column("name", "string", "name", AxisView::name)
                .column("description", "text", "description", AxisView::description)
                .column("colour", "string", "colour on the panorama (#rrggbb)", AxisView::colour)
                .column("position", "integer", "order on the panorama", AxisView::position)
                .column("coalition_count", "integer", "number of coalitions in the axis", AxisView::coalitionCount)
                .column("sample", "boolean", SAMPLE_TEXT, AxisView::sample)
                .column(UPDATED, "datetime", "last change (ISO-8601 with offset)", AxisView::updatedAt)
                .rows(axes.list());
    }

    private OpenDataTable territories() {
        List<TerritoryView> all =
                this.<TerritorySummary>all(p -> territories.list(null, null, page(p, "name"))).stream()
                        .map(t -> territories.get(t.slug()).view())
                        .toList();
        return OpenDataTable.<TerritoryView>of("territories.csv", "Territories (regions, metropolises, communes…)")
                .column(SLUG, "string", "identifier of the territory", TerritoryView::slug)
                .column("name", "string", "name", TerritoryView::name)
                .column("kind", "enum", "NATIONAL, REGION, DEPARTEMENT, METROPOLIS, COMMUNE…", TerritoryView::kind)
                .column("code", "string", "official code (INSEE, SIREN…) when one exists", TerritoryView::code)
                .column("parent", "slug", "territories.csv slug of the territory above", t -> slug(t.parent()))
                .column("description", "text", "description", TerritoryView::description)
                .column("sample", "boolean", SAMPLE_TEXT, TerritoryView::sample)
                .column(UPDATED, "datetime", "last change", TerritoryView::updatedAt)
                .rows(all);
    }

    private OpenDataTable actors() {
        List<ActorView> all =
                this.<ActorListItem>all(p -> actors.list(null, null, null, List.of(), page(p, "name"))).stream()
                        .map(a -> actors.get(a.slug()).view())
                        .toList();
        return OpenDataTable.<ActorView>of("actors.csv", "Actors: organisations and experts")
                .column(SLUG, "string", "identifier of the actor", ActorView::slug)
                .column("name", "string", "name", ActorView::name)
                .column("kind", "enum", "ASSOCIATION, LOCAL_AUTHORITY, PUBLIC_BODY, COMPANY…", ActorView::kind)
                .column("description", "text", "description", ActorView::description)
                .column("website", "url", "website", ActorView::website)
                .column("territory", "slug", "territories.csv slug", a -> slug(a.territory()))
                .column("expertise", "list", "expertise keywords, separated by |", ActorView::expertise)
                .column("sample", "boolean", SAMPLE_TEXT, ActorView::sample)
                .column(UPDATED, "datetime", "last change", ActorView::updatedAt)
                .rows(all);
    }

    private OpenDataTable people() {
        return OpenDataTable.<PersonView>of(
                        "people.csv", "People who speak, testify or write, as their public page shows them")
                .column(SLUG, "string", "identifier of the person", PersonView::slug)
                .column("full_name", "string", "name", PersonView::fullName)
                .column("role_title", "string", "role in their organisation", PersonView::roleTitle)
                .column("bio", "text", "short biography", PersonView::bio)
                .column("actor", "slug", "actors.csv slug of their organisation", p -> slug(p.actor()))
                .column("sample", "boolean", SAMPLE_TEXT, PersonView::sample)
                .rows(all(p -> people.list(null, null, page(p, "fullName"))));
    }

    private static OpenDataTable events(List<EventView> all) {
        return OpenDataTable.<EventView>of("events.csv", "Events: Reset Days, conferences, workshops…")
                .column(SLUG, "string", "identifier of the event", EventView::slug)
                .column("title", "string", "title", EventView::title)
                .column("kind", "enum", "RESET_DAY, CONFERENCE, WORKSHOP…", EventView::kind)
                .column("description", "text", "description", EventView::description)
                .column("starts_at", "datetime", "start, with the offset of its time zone", EventView::startsAt)
                .column("ends_at", "datetime", "end, with the offset of its time zone", EventView::endsAt)
                .column("time_zone", "string", "IANA time zone", EventView::timeZone)
                .column("format", "enum", "ONLINE, IN_PERSON or HYBRID", EventView::format)
                .column("location", "string", "place", EventView::location)
                .column("participants_count", "integer", "number of participants", EventView::participantsCount)
                .column("organisers", "list", "actors.csv slugs", e -> actorSlugs(e.organisers()))
                .column("coalitions", "list", "coalitions.csv slugs", e -> coalitionSlugs(e.coalitions()))
                .column("territories", "list", "territories.csv slugs", e -> territorySlugs(e.territories()))
                .column("sample", "boolean", SAMPLE_TEXT, EventView::sample)
                .column(UPDATED, "datetime", "last change", EventView::updatedAt)
                .rows(all);
    }

    private record Session(String event, SessionView session) {}

    private static OpenDataTable sessions(List<EventView> all) {
        List<Session> sessions = all.stream()
                .flatMap(e -> e.agenda().stream().map(s -> new Session(e.slug(), s)))
                .toList();
        return OpenDataTable.<Session>of("sessions.csv", "Sessions of the events' agendas, in agenda order")
                .column("event", "slug", "events.csv slug", Session::event)
                .column(
                        "id",
                        "integer",
                        "identifier of the session",
                        s -> s.session().id())
                .column("title", "string", "title", s -> s.session().title())
                .column(
                        "kind",
                        "enum",
                        "PLENARY, TESTIMONY, WORKSHOP…",
                        s -> s.session().kind())
                .column("description", "text", "description", s -> s.session().description())
                .column("starts_at", "datetime", "start", s -> s.session().startsAt())
                .column("ends_at", "datetime", "end", s -> s.session().endsAt())
                .column(
                        "coalition",
                        "slug",
                        "coalitions.csv slug",
                        s -> slug(s.session().coalition()))
                .column(
                        "speakers",
                        "list",
                        "people.csv slugs",
                        s -> personSlugs(s.session().speakers()))
                .rows(sessions);
    }

    private OpenDataTable notes() {
        List<NoteView> published = this.<NoteSummary>all(p -> notes.list(
                        new NoteService.Filters(NoteService.Visibility.PUBLISHED, null, null, null, null, null),
                        page(p, "publishedAt"),
                        false))
                .stream()
                .map(n -> notes.get(n.slug(), false).view())
                .toList();
        return OpenDataTable.<NoteView>of("notes.csv", "Published notes and articles (drafts are never exported)")
                .column(SLUG, "string", "identifier of the note", NoteView::slug)
                .column("title", "string", "title", NoteView::title)
                .column("excerpt", "text", "plain-text excerpt", NoteView::excerpt)
                .column("body_markdown", "markdown", "the text, in Markdown", NoteView::bodyMarkdown)
                .column(
                        "event",
                        "slug",
                        "events.csv slug",
                        n -> n.event() == null ? null : n.event().slug())
                .column("coalitions", "list", "coalitions.csv slugs", n -> coalitionSlugs(n.coalitions()))
                .column(
                        "axes",
                        "list",
                        "axes.csv slugs",
                        n -> n.axes().stream().map(AxisSummary::slug).toList())
                .column("territories", "list", "territories.csv slugs", n -> territorySlugs(n.territories()))
                .column("authors", "list", "people.csv slugs", n -> personSlugs(n.authors()))
                .column("published_at", "datetime", "first publication", NoteView::publishedAt)
                .column("sample", "boolean", SAMPLE_TEXT, NoteView::sample)
                .column(UPDATED, "datetime", "last change", NoteView::updatedAt)
                .rows(published);
    }

    private OpenDataTable testimonies() {
        return OpenDataTable.<TestimonyView>of("testimonies.csv", "Testimonies given at events")
                .column("id", "integer", "identifier of the testimony", TestimonyView::id)
                .column("person", "slug", "people.csv slug", t -> slug(t.person()))
                .column("actor", "slug", "actors.csv slug of the actor they spoke for", t -> slug(t.actor()))
                .column("coalition", "slug", "coalitions.csv slug", t -> slug(t.coalition()))
                .column(
                        "event",
                        "slug",
                        "events.csv slug",
                        t -> t.event() == null ? null : t.event().slug())
                .column(
                        "session",
                        "integer",
                        "sessions.csv id",
                        t -> t.session() == null ? null : t.session().id())
                .column("summary", "text", "summary", TestimonyView::summary)
                .column("link", "url", "link to the testimony", TestimonyView::link)
                .column("sample", "boolean", SAMPLE_TEXT, TestimonyView::sample)
                .column(UPDATED, "datetime", "last change", TestimonyView::updatedAt)
                .rows(all(p -> testimonies.list(
                        new TestimonyService.Filters(null, null, null, null),
                        new PageRequest(p, PageRequest.MAX_SIZE, "createdAt", false))));
    }

    private OpenDataTable resources() {
        return OpenDataTable.<SharedResourceView>of("shared_resources.csv", "The toolbox: shared resources")
                .column(SLUG, "string", "identifier of the resource", SharedResourceView::slug)
                .column("title", "string", "title", SharedResourceView::title)
                .column("kind", "enum", "GUIDE, TOOLKIT, EXPERIENCE_REPORT, SOFTWARE…", SharedResourceView::kind)
                .column("description", "text", "description", SharedResourceView::description)
                .column("url", "url", "where to find it", SharedResourceView::url)
                .column("licence", "string", "its licence", SharedResourceView::licence)
                .column("availability", "enum", "availability", SharedResourceView::availability)
                .column("publisher", "slug", "actors.csv slug", r -> slug(r.publisher()))
                .column("territory", "slug", "territories.csv slug", r -> slug(r.territory()))
                .column("coalitions", "list", "coalitions.csv slugs", r -> coalitionSlugs(r.coalitions()))
                .column("sample", "boolean", SAMPLE_TEXT, SharedResourceView::sample)
                .column(UPDATED, "datetime", "last change", SharedResourceView::updatedAt)
                .rows(all(p -> resources.list(SharedResourceService.Criteria.ANY, page(p, "title"))));
    }

    private OpenDataTable initiatives() {
        return OpenDataTable.<LocalInitiativeView>of("local_initiatives.csv", "Local initiatives of the coalitions")
                .column(SLUG, "string", "identifier of the initiative", LocalInitiativeView::slug)
                .column("title", "string", "title", LocalInitiativeView::title)
                .column("description", "text", "description", LocalInitiativeView::description)
                .column("url", "url", "link", LocalInitiativeView::url)
                .column("territory", "slug", "territories.csv slug", i -> slug(i.territory()))
                .column("coalition", "slug", "coalitions.csv slug", i -> slug(i.coalition()))
                .column("actor", "slug", "actors.csv slug", i -> slug(i.actor()))
                .column("sample", "boolean", SAMPLE_TEXT, LocalInitiativeView::sample)
                .column(UPDATED, "datetime", "last change", LocalInitiativeView::updatedAt)
                .rows(all(p -> initiatives.list(
                        new LocalInitiativeService.Criteria(null, null, null, null), page(p, "title"))));
    }

    /** Every item of a list, page after page. */
    private <T> List<T> all(IntFunction<Page<? extends T>> pages) {
        List<T> items = new ArrayList<>();
        int p = 0;
        Page<? extends T> current;
        do {
            current = pages.apply(p++);
            items.addAll(current.items());
        } while (p < current.totalPages());
        return items;
    }

    private static PageRequest page(int p, String sort) {
        return new PageRequest(p, PageRequest.MAX_SIZE, sort, false);
    }

    private static String slug(Object ref) {
        return switch (ref) {
            case null -> null;
            case TerritorySummary t -> t.slug();
            case ActorSummary a -> a.slug();
            case PersonSummary p -> p.slug();
            case CoalitionRef c -> c.slug();
            default -> throw new IllegalArgumentException(ref.getClass().getSimpleName());
        };
    }

    private static List<String> actorSlugs(List<ActorSummary> list) {
        return map(list, ActorSummary::slug);
    }

    private static List<String> coalitionSlugs(List<CoalitionRef> list) {
        return map(list, CoalitionRef::slug);
    }

    private static List<String> territorySlugs(List<TerritorySummary> list) {
        return map(list, TerritorySummary::slug);
    }

    private static List<String> personSlugs(List<PersonSummary> list) {
        return map(list, PersonSummary::slug);
    }

    private static <T> List<String> map(List<T> list, Function<T, String> slug) {
        return list == null ? List.of() : list.stream().map(slug).toList();
    }
}
