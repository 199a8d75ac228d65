package org.fabrique.opendata;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

/** Atom 1.0 feeds written with Rome: the feed, its self and alternate links, one entry per item. */
final class AtomFeeds {
    private AtomFeeds() {}

    /** One entry of a feed; {@code page} is the SPA's page, also the entry's id. */
    record Entry(
            String title,
            String page,
            String summary,
            List<String> authors,
            OffsetDateTime published,
            OffsetDateTime updated) {}

    static String write(String title, String self, String alternate, OffsetDateTime updated, List<Entry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(self);
        feed.setLanguage("fr");
        feed.setLinks(List.of(link("self", "application/atom+xml", self), link("alternate", "text/html", alternate)));
        feed.setAuthors(List.of(person("Fabrique")));
        feed.setPublishedDate(date(updated));
        feed.setEntries(entries.stream().map(AtomFeeds::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the feed " + title, e);
        }
    }

    private static SyndEntry entry(Entry e) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(e.title());
        entry.setUri(e.page());
        entry.setLink(e.page());
        if (e.summary() != null && !e.summary().isBlank()) {
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(e.summary());
            entry.setDescription(summary);
        }
        if (!e.authors().isEmpty()) {
            entry.setAuthors(e.authors().stream().map(AtomFeeds::person).toList());
        }
        entry.setPublishedDate(date(e.published()));
        entry.setUpdatedDate(date(e.updated() != null ? e.updated() : e.published()));
        return entry;
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }

    private static Date date(OffsetDateTime time) {
        return time == null ? new Date(0) : Date.from(time.toInstant());
    }
}
