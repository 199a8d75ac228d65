package org.fabrique.opendata;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.fabrique.coalition.CoalitionExport;
import org.fabrique.coalition.CoalitionOpenData;
import org.fabrique.common.cache.CacheDependency;
import org.fabrique.common.cache.ChangeFeed;

/**
 * The bulk export: its tables, read from the database through the features' services, kept in one
 * cache entry that any change of a notifying table empties (on every replica, {@link ChangeFeed}),
 * so a download is never older than the latest write.
 */
@ApplicationScoped
public class OpenDataService {
    static final String CACHE = "open-data";
    private static final String ZIP_PATH = "/api/v1/open-data/fabrique.zip";

    private final CoalitionOpenData coalitions;
    private final OpenDataTables tables;
    private final OpenDataConfig config;
    private final ChangeFeed changes;
    private final Cache cache;

    public OpenDataService(
            CoalitionOpenData coalitions,
            OpenDataTables tables,
            OpenDataConfig config,
            ChangeFeed changes,
            @CacheName(CACHE) Cache cache) {
        this.coalitions = coalitions;
        this.tables = tables;
        this.config = config;
        this.changes = changes;
        this.cache = cache;
    }

    @Produces
    @Singleton
    static CacheDependency cache() {
        return CacheDependency.onAnyChange(CACHE);
    }

    /** The export as of now: tables, the ZIP and a digest of the data. */
    public record Snapshot(
            List<CoalitionExport> coalitions,
            List<OpenDataTable> tables,
            byte[] zip,
            String digest,
            OffsetDateTime generatedAt) {}

    /** The current export, from the cache or read in one transaction. */
    @Transactional
    public Snapshot snapshot() {
        return changes.read(cache, CACHE, this::compute);
    }

    /** The catalogue of the open data (downloads, files, columns, licence). */
    public OpenDataCatalogue catalogue() {
        Snapshot s = snapshot();
        return new OpenDataCatalogue(
                "Fabrique — open data",
                "The public data of the #Reset coalition programme, as CSV files in a ZIP, iCalendar and Atom"
                        + " feeds. No personal data beyond what the public pages show.",
                new OpenDataCatalogue.Licence(OpenDataArchive.LICENCE_NAME, OpenDataArchive.LICENCE_URL, "Fabrique"),
                s.generatedAt(),
                lastUpdate(s.tables()),
                downloads(),
                s.tables().stream()
                        .map(t -> new OpenDataCatalogue.DataFile(
                                t.file(),
                                t.description(),
                                t.rows().size(),
                                t.columns().stream()
                                        .map(c -> new OpenDataCatalogue.DataColumn(c.name(), c.type(), c.description()))
                                        .toList()))
                        .toList());
    }

    private List<OpenDataCatalogue.Download> downloads() {
        return List.of(
                new OpenDataCatalogue.Download(
                        "archive",
                        "application/zip",
                        config.api(ZIP_PATH),
                        "Every public record as UTF-8 CSV files, with README.md, dictionary.csv and LICENCE.md"),
                new OpenDataCatalogue.Download(
                        "events-calendar",
                        "text/calendar",
                        config.api(FeedService.EVENTS_PATH),
                        "iCalendar feed of the events and their sessions; ?coalition= or ?territory= (a slug)"
                                + " narrows it"),
                new OpenDataCatalogue.Download(
                        "notes-feed",
                        "application/atom+xml",
                        config.api(FeedService.NOTES_PATH),
                        "Atom feed of the latest published notes; ?coalition=, ?axis= or ?territory= narrows it"),
                new OpenDataCatalogue.Download(
                        "coalitions-feed",
                        "application/atom+xml",
                        config.api(FeedService.COALITIONS_PATH),
                        "Atom feed of the coalitions, the latest changed first"));
    }

    private Snapshot compute() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        List<CoalitionExport> all = coalitions.exportAll();
        List<OpenDataTable> result = tables.all(all);
        return new Snapshot(all, result, OpenDataArchive.zip(result, now), digest(result), now);
    }

    private static String digest(List<OpenDataTable> tables) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (OpenDataTable t : tables) {
                sha.update(t.file().getBytes(StandardCharsets.UTF_8));
                sha.update(OpenDataArchive.csv(
                                t.columns().stream()
                                        .map(OpenDataTable.Column::name)
                                        .toList(),
                                t.rows())
                        .getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(sha.digest(), 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime lastUpdate(List<OpenDataTable> tables) {
        return tables.stream()
                .flatMap(t -> IntStream.range(0, t.columns().size())
                        .filter(i -> t.columns().get(i).name().equals("updated_at"))
                        .boxed()
                        .flatMap(i -> t.rows().stream().map(r -> r.get(i))))
                .filter(v -> !v.isEmpty())
                .map(OffsetDateTime::parse)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }
}
