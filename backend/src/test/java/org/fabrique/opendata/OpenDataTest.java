package org.fabrique.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.fabrique.event.EventFormat;
import org.fabrique.event.EventInput;
import org.fabrique.event.EventKind;
import org.fabrique.event.EventService;
import org.fabrique.event.Fixtures;
import org.fabrique.event.SessionInput;
import org.fabrique.event.SessionKind;
import org.fabrique.note.NoteInput;
import org.fabrique.note.NoteService;
import org.fabrique.note.NoteStatus;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

@QuarkusTest
class OpenDataTest {
    private static final String ZIP = "/api/v1/open-data/fabrique.zip";

    @Inject
    EventService events;

    @Inject
    NoteService notes;

    @Test
    void archiveHoldsOneCsvPerTypeWhoseHeadersAreTheDictionaryAndWhoseRowsAreTheLists() {
        Map<String, String> entries = OpenDataExports.download();
        assertTrue(entries.containsKey("README.md"), entries.keySet().toString());
        assertTrue(entries.get("LICENCE.md").contains("Licence Ouverte / Open Licence"));
        assertTrue(entries.get("LICENCE.md").contains("\"Fabrique\""));
        assertTrue(entries.get("README.md").contains("Generated at"));

        OpenDataExports.Csv dictionary = OpenDataExports.parse(entries.get("dictionary.csv"));
        assertEquals(List.of("file", "column", "type", "description"), dictionary.header());
        Map<String, List<String>> columns = dictionary.records().stream()
                .collect(Collectors.groupingBy(
                        r -> r.get("file"),
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(r -> r.get("column"), Collectors.toList())));
        for (String file : List.of(
                "coalitions.csv",
                "coalition_problems.csv",
                "coalition_impacts.csv",
                "memberships.csv",
                "territorial_coalitions.csv",
                "axes.csv",
                "territories.csv",
                "actors.csv",
                "people.csv",
                "events.csv",
                "sessions.csv",
                "notes.csv",
                "testimonies.csv",
                "shared_resources.csv",
                "local_initiatives.csv")) {
            assertTrue(entries.containsKey(file), file);
            OpenDataExports.Csv csv = OpenDataExports.parse(entries.get(file));
            assertEquals(columns.get(file), csv.header(), file);
            assertTrue(entries.get("README.md").contains(file), file);
        }
        assertEquals(columns.keySet().size() + 3, entries.size(), "one file per dictionary entry, and three more");

        assertRows(entries, "coalitions.csv", total("/api/v1/coalitions"));
        assertRows(entries, "actors.csv", total("/api/v1/actors"));
        assertRows(entries, "people.csv", total("/api/v1/people"));
        assertRows(entries, "territories.csv", total("/api/v1/territories/list"));
        assertRows(entries, "events.csv", total("/api/v1/events"));
        assertRows(entries, "notes.csv", total("/api/v1/notes"));
        assertRows(entries, "testimonies.csv", total("/api/v1/testimonies"));
        assertRows(entries, "shared_resources.csv", total("/api/v1/resources"));
        assertRows(entries, "local_initiatives.csv", total("/api/v1/initiatives"));
        assertRows(
                entries,
                "axes.csv",
                given().get("/api/v1/axes").jsonPath().getList("$").size());
        // Reset Day 4 is in the demo data, with its agenda.
        assertTrue(
                OpenDataExports.parse(entries.get("events.csv")).column("slug").contains("reset-day-4"));
        assertTrue(OpenDataExports.parse(entries.get("sessions.csv"))
                .column("event")
                .contains("reset-day-4"));
    }

    @Test
    void membershipsExportOnlyConfirmedOnes() {
        OpenDataExports.Csv memberships =
                OpenDataExports.parse(OpenDataExports.download().get("memberships.csv"));
        JsonPath coalition = given().get("/api/v1/coalitions/formations-superieures-numeriques-ethiques")
                .jsonPath();
        List<String> confirmed = coalition.getList("members.findAll { it.status == 'CONFIRMED' }.actor.slug");
        List<String> exported = memberships.records().stream()
                .filter(r -> r.get("coalition").equals("formations-superieures-numeriques-ethiques"))
                .map(r -> r.get("actor"))
                .toList();
        assertEquals(
                confirmed.stream().sorted().toList(), exported.stream().sorted().toList());
    }

    @Test
    void catalogueDescribesTheFilesTheLicenceAndTheDownloads() {
        Map<String, String> entries = OpenDataExports.download();
        JsonPath catalogue = given().get("/api/v1/open-data")
                .then()
                .statusCode(200)
                .body("licence.name", equalTo("Licence Ouverte / Open Licence 2.0"))
                .body("licence.attribution", equalTo("Fabrique"))
                .body("downloads.mediaType", hasItem("application/zip"))
                .body("downloads.mediaType", hasItem("text/calendar"))
                .body("downloads.mediaType", hasItem("application/atom+xml"))
                .body("downloads.url", hasItem("http://localhost:8080" + ZIP))
                .extract()
                .jsonPath();
        for (Map<String, Object> file : catalogue.<Map<String, Object>>getList("files")) {
            String name = (String) file.get("file");
            assertEquals(
                    OpenDataExports.parse(entries.get(name)).records().size(),
                    ((Number) file.get("rows")).intValue(),
                    name);
        }
    }

    @Test
    void aWriteShowsInTheNextDownload_andTheEntityTagAnswers304Meanwhile() {
        String before = given().get(ZIP).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", before).get(ZIP).then().statusCode(304);

        String title = "Coalition " + TestData.unique("open");
        String slug = Fixtures.coalition(title);

        String after = given().get(ZIP).then().statusCode(200).extract().header("ETag");
        assertNotEquals(before, after);
        assertTrue(OpenDataExports.parse(OpenDataExports.download().get("coalitions.csv"))
                .column("slug")
                .contains(slug));
        assertTrue(coalitionsFeed().getEntries().stream()
                .anyMatch(e -> e.getTitle().endsWith(title)));
    }

    @Test
    void draftsAndHiddenThingsAppearInNoExport() {
        String secret = "Brouillon " + TestData.unique("secret");
        notes.create(new NoteInput(
                null, secret, "Texte " + secret, null, null, null, null, null, null, NoteStatus.DRAFT, true, null));
        OpenDataExports.download().forEach((name, text) -> assertFalse(text.contains(secret), name));
        assertFalse(given().get("/api/v1/feeds/notes.atom").asString().contains(secret));
        assertFalse(given().get("/api/v1/feeds/events.ics").asString().contains(secret));
        assertFalse(given().get("/api/v1/feeds/coalitions.atom").asString().contains(secret));
        assertFalse(given().get("/api/v1/open-data").asString().contains(secret));
    }

    @Test
    void calendarParsesWithTimeZonesAndNarrowsToACoalitionOrATerritory() throws Exception {
        String coalition = Fixtures.coalition("Coalition " + TestData.unique("cal"));
        String region = Fixtures.territory("Région " + TestData.unique("r"), null);
        String metropolis = Fixtures.territory("Métropole " + TestData.unique("m"), region);
        String ofCoalition = event("Atelier " + TestData.unique("e"), List.of(coalition), List.of());
        String inMetropolis = event("Échange " + TestData.unique("e"), List.of(), List.of(metropolis));

        Calendar all = calendar("");
        assertTrue(uids(all).contains("event-" + ofCoalition + "@fabrique"));
        assertTrue(uids(all).contains("event-" + inMetropolis + "@fabrique"));
        assertTrue(uids(all).contains("event-reset-day-4@fabrique"));

        VEvent event = all.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> uid(e).equals("event-" + ofCoalition + "@fabrique"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Europe/Paris",
                event.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue());
        assertTrue(event.getProperty(Property.DTSTAMP).isPresent());
        assertEquals(
                "http://localhost:5173/events/" + ofCoalition,
                event.getProperty(Property.URL).orElseThrow().getValue());
        assertTrue(event.getProperty(Property.SUMMARY).orElseThrow().getValue().startsWith("Atelier"));
        assertTrue(event.getProperty(Property.LOCATION).isPresent());
        assertFalse(all.getComponents("VTIMEZONE").isEmpty());
        // Its session is a VEVENT of its own, related to the event.
        assertTrue(all.<VEvent>getComponents("VEVENT").stream()
                .anyMatch(e -> e.getProperty(Property.RELATED_TO)
                        .map(r -> r.getValue().equals("event-" + ofCoalition + "@fabrique"))
                        .orElse(false)));

        List<String> byCoalition = uids(calendar("?coalition=" + coalition)).stream()
                .filter(u -> u.startsWith("event-"))
                .toList();
        assertEquals(List.of("event-" + ofCoalition + "@fabrique"), byCoalition);
        // The region's calendar includes the events of the territories below it.
        List<String> byRegion = uids(calendar("?territory=" + region)).stream()
                .filter(u -> u.startsWith("event-"))
                .toList();
        assertEquals(List.of("event-" + inMetropolis + "@fabrique"), byRegion);
    }

    @Test
    void unknownFilterSlugsAre404Problems() {
        for (String path : List.of(
                "/api/v1/feeds/events.ics?coalition=nope-nothing",
                "/api/v1/feeds/events.ics?territory=nope-nothing",
                "/api/v1/feeds/notes.atom?axis=nope-nothing",
                "/api/v1/feeds/notes.atom?coalition=nope-nothing",
                "/api/v1/feeds/notes.atom?territory=nope-nothing")) {
            given().get(path)
                    .then()
                    .statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(404));
        }
    }

    @Test
    void notesFeedParsesNewestFirstAndNarrowsToACoalition() throws Exception {
        String coalition = Fixtures.coalition("Coalition " + TestData.unique("atom"));
        String older = note("Note ancienne " + TestData.unique("n"), List.of(coalition));
        String newer = note("Note récente " + TestData.unique("n"), List.of(coalition));
        String elsewhere = note("Note ailleurs " + TestData.unique("n"), List.of());

        SyndFeed all = feed("/api/v1/feeds/notes.atom");
        assertEquals("atom_1.0", all.getFeedType());
        List<String> links = all.getEntries().stream().map(SyndEntry::getLink).toList();
        assertTrue(links.contains("http://localhost:5173/notes/" + elsewhere), links.toString());
        assertTrue(links.indexOf("http://localhost:5173/notes/" + newer)
                < links.indexOf("http://localhost:5173/notes/" + older));

        SyndFeed narrowed = feed("/api/v1/feeds/notes.atom?coalition=" + coalition);
        assertEquals(
                List.of("http://localhost:5173/notes/" + newer, "http://localhost:5173/notes/" + older),
                narrowed.getEntries().stream().map(SyndEntry::getLink).toList());
        assertTrue(narrowed.getLinks().stream()
                .anyMatch(l -> "self".equals(l.getRel()) && l.getHref().endsWith("coalition=" + coalition)));
    }

    @Test
    void coalitionsFeedParsesAndLinksToThePages() throws Exception {
        // The feed holds the 50 coalitions changed last: a fresh one is among them.
        String slug = Fixtures.coalition("Coalition " + TestData.unique("feed"));
        SyndFeed feed = coalitionsFeed();
        assertEquals("atom_1.0", feed.getFeedType());
        assertTrue(feed.getEntries().stream()
                .anyMatch(e -> e.getLink().equals("http://localhost:5173/coalitions/" + slug)));
        assertTrue(feed.getEntries().size() <= 50);
        given().get("/api/v1/feeds/coalitions.atom")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/atom+xml"));
    }

    @Test
    void feedsAnswer304WhileUnchanged() {
        for (String path :
                List.of("/api/v1/feeds/events.ics", "/api/v1/feeds/notes.atom", "/api/v1/feeds/coalitions.atom")) {
            String tag = given().get(path).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", tag).get(path).then().statusCode(304);
        }
    }

    @Test
    void anIfMatchNamingAnotherVersion_isA412Problem_onTheArchiveAndTheFeeds() {
        for (String path :
                List.of(ZIP, "/api/v1/feeds/events.ics", "/api/v1/feeds/notes.atom", "/api/v1/feeds/coalitions.atom")) {
            given().header("If-Match", "\"not-this-one\"")
                    .get(path)
                    .then()
                    .statusCode(412)
                    .contentType("application/problem+json")
                    .body("status", org.hamcrest.Matchers.equalTo(412));
        }
    }

    private static SyndFeed coalitionsFeed() {
        return feed("/api/v1/feeds/coalitions.atom");
    }

    private static SyndFeed feed(String path) {
        String xml = given().get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .extract()
                .asString();
        try {
            return new SyndFeedInput().build(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not an Atom feed: " + xml, e);
        }
    }

    private static Calendar calendar(String query) throws Exception {
        String text = given().get("/api/v1/feeds/events.ics" + query)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract()
                .asString();
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(OpenDataTest::uid)
                .toList();
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).orElseThrow().getValue();
    }

    private String event(String title, List<String> coalitions, List<String> territories) {
        OffsetDateTime start = OffsetDateTime.parse("2031-05-12T09:30:00+02:00");
        return events.create(new EventInput(
                        null,
                        title,
                        EventKind.WORKSHOP,
                        "Description",
                        start,
                        start.plusHours(7),
                        "Europe/Paris",
                        EventFormat.IN_PERSON,
                        "Lille",
                        null,
                        null,
                        null,
                        List.of(),
                        coalitions,
                        territories,
                        List.of(new SessionInput(
                                null,
                                "Ouverture",
                                SessionKind.PLENARY,
                                null,
                                start,
                                start.plusHours(1),
                                null,
                                List.of())),
                        null))
                .view()
                .slug();
    }

    private String note(String title, List<String> coalitions) {
        return notes.create(new NoteInput(
                        null,
                        title,
                        "Texte",
                        null,
                        null,
                        coalitions,
                        null,
                        null,
                        null,
                        NoteStatus.PUBLISHED,
                        true,
                        null))
                .view()
                .slug();
    }

    private static int total(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath().getInt("totalItems");
    }

    private static void assertRows(Map<String, String> entries, String file, int expected) {
        assertEquals(
                expected, OpenDataExports.parse(entries.get(file)).records().size(), file);
    }
}
