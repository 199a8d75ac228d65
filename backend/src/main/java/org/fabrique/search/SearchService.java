package org.fabrique.search;

import io.quarkus.arc.All;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fabrique.common.cache.CacheDependency;
import org.fabrique.common.cache.ChangeFeed;
import org.fabrique.common.i18n.ContentLanguage;
import org.fabrique.common.i18n.TextLanguages;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.search.SearchHit;
import org.fabrique.common.search.SearchQuery;
import org.fabrique.common.search.SearchSource;
import org.fabrique.common.text.Snippets;

/**
 * Searches every searchable type with PostgreSQL full-text search: the words are prefixes,
 * accents and case are ignored, French words are stemmed; every word must match. Hits whose title
 * holds every word come first, then the most relevant ({@code ts_rank} over the weighted vectors:
 * title, then summary, then body). When nothing matches, titles close to the words are offered
 * instead (trigram similarity), and the results say so ({@code approximate}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {
    /** The types, in the order that breaks ties. */
    public static final List<String> TYPES = List.of(
            "coalition", "note", "actor", "person", "event", "testimony", "territory", "resource", "initiative");

    static final int MAX_WINDOW = 500;
    private static final int EXCERPT = 200;

    /** Pages of results, emptied when a searchable table changes. */
    static final String CACHE = "search";

    private final SearchRepository repository;
    private final Map<String, SearchSource> sources;
    private final ChangeFeed changes;
    private final Cache cache;
    private final ContentLanguage language;

    public SearchService(
            SearchRepository repository,
            @All List<SearchSource> sources,
            ChangeFeed changes,
            @CacheName(CACHE) Cache cache,
            ContentLanguage language) {
        this.language = language;
        this.repository = repository;
        this.changes = changes;
        this.cache = cache;
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(s -> TYPES.indexOf(s.type())))
                .collect(Collectors.toMap(SearchSource::type, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        if (!this.sources.keySet().equals(new LinkedHashSet<>(TYPES))) {
            throw new IllegalStateException("search sources " + this.sources.keySet() + " do not cover " + TYPES);
        }
    }

    @Produces
    @Singleton
    static CacheDependency cache(@All List<SearchSource> sources) {
        Set<String> tables = new LinkedHashSet<>();
        sources.forEach(s -> tables.addAll(s.tables()));
        return new CacheDependency(CACHE, tables);
    }

    /** What a page of results depends on: the query as searched, the types, the page. */
    private record Key(List<String> terms, Set<String> types, int page, int size, String lang) {}

    /**
     * A page of results. Pages are cached (a broad word can match thousands of rows, whose ranking
     * costs tens of milliseconds) until a searchable table changes on any replica.
     */
    public SearchResults search(String text, Set<String> types, PageRequest page) {
        SearchQuery query = SearchQuery.of(text);
        if (query.isEmpty() || query.text().replace(" ", "").length() < 2) {
            throw PageRequest.invalid("q", "must hold at least 2 letters or digits");
        }
        if (page.offset() + page.size() > MAX_WINDOW) {
            throw PageRequest.invalid("page", "search results stop at " + MAX_WINDOW + "; refine the query");
        }
        String lang = language.preferred().orElse(null);
        SearchResults results = changes.read(
                cache,
                new Key(query.terms(), Set.copyOf(types), page.page(), page.size(), lang),
                () -> compute(query, types, page, lang));
        return results.forQuery(text.trim());
    }

    private SearchResults compute(SearchQuery query, Set<String> types, PageRequest page, String lang) {
        List<SearchSource> searched = sources.values().stream()
                .filter(s -> types.isEmpty() || types.contains(s.type()))
                .toList();
        SearchRepository.Ranking ranking = repository.fullText(searched, query, page.offset(), page.size());
        boolean approximate = false;
        if (ranking.counts().isEmpty() && query.text().length() >= 3) {
            ranking = repository.similarTitles(searched, query, page.offset(), page.size());
            approximate = !ranking.counts().isEmpty();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SearchSource source : searched) {
            counts.put(source.type(), ranking.counts().getOrDefault(source.type(), 0L));
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<SearchHit> items = hits(ranking.page(), query, lang);
        int totalPages = (int) ((total + page.size() - 1) / page.size());
        return new SearchResults(query.text(), items, page.page(), page.size(), total, totalPages, counts, approximate);
    }

    private List<SearchHit> hits(List<SearchRepository.Ranked> ranked, SearchQuery query, String lang) {
        Map<String, List<Long>> idsByType = new LinkedHashMap<>();
        for (SearchRepository.Ranked r : ranked) {
            idsByType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r.id());
        }
        Map<String, Map<Long, SearchRepository.Shown>> shown = repository.show(sources, idsByType, query, lang);
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (SearchRepository.Ranked r : ranked) {
            SearchRepository.Shown s = shown.getOrDefault(r.type(), Map.of()).get(r.id());
            if (s == null) {
                continue; // deleted between the two statements
            }
            SearchHit.Context context = s.contextType() == null
                    ? null
                    : new SearchHit.Context(s.contextType(), s.contextSlug(), s.contextTitle());
            hits.add(new SearchHit(
                    r.type(),
                    s.slug(),
                    s.title(),
                    Snippets.clip(s.excerpt(), EXCERPT),
                    Snippets.highlighted(s.snippet(), SearchRepository.START, SearchRepository.STOP),
                    r.titleMatch(),
                    context,
                    new TextLanguages(
                            s.lang(), texts("title", s.titleLang(), "excerpt", s.excerptLang(), "snippet", s.lang()))));
        }
        return hits;
    }

    private static Map<String, String> texts(String... fieldsAndLanguages) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndLanguages.length; i += 2) {
            texts.put(fieldsAndLanguages[i], fieldsAndLanguages[i + 1]);
        }
        return texts;
    }
}
