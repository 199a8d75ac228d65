package org.fabrique.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.common.search.SearchQuery;
import org.fabrique.common.search.SearchSource;

/**
 * The search statements: each combines the features' {@link SearchSource} selects with UNION ALL,
 * so that a search costs the same number of statements whatever the number of types.
 */
@ApplicationScoped
public class SearchRepository {
    /** ts_headline's markers: control characters no text keeps (they are removed first). */
    static final char START = '\u0002';

    static final char STOP = '\u0003';
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final EntityManager em;

    public SearchRepository(EntityManager em) {
        this.em = em;
    }

    /** One ranked row: which record, and how it matched. */
    public record Ranked(String type, long id, boolean titleMatch) {}

    /** A page of ranked rows and the number of matches of each type. */
    public record Ranking(List<Ranked> page, Map<String, Long> counts) {}

    /** A hit's display columns. */
    public record Shown(
            String slug,
            String title,
            String excerpt,
            String snippet,
            String contextType,
            String contextSlug,
            String contextTitle,
            String lang,
            String titleLang,
            String excerptLang) {}

    /**
     * Full-text matches ranked by relevance: hits whose title holds every word first, then by
     * {@code ts_rank} over the weighted vector (title > summary > body), then by type and id.
     */
    public Ranking fullText(List<SearchSource> sources, SearchQuery query, int offset, int limit) {
        String branches = sources.stream()
                .map(s -> "select '" + s.type() + "' as type, c.id,"
                        + " (c.document @@ to_tsquery('fabrique_fr', :title) or c.folded_title like :pattern)"
                        + " as title_match,"
                        + " ts_rank(c.document, to_tsquery('fabrique_fr', :q)) as rank, c.recency"
                        + " from (" + s.candidates() + ") c"
                        + " where (c.document @@ to_tsquery('fabrique_fr', :q) or c.folded_title like :pattern)")
                .collect(Collectors.joining(" union all "));
        Query statement = em.createNativeQuery(rankingSql(branches, "title_match desc, rank desc"), Tuple.class)
                .setParameter("q", query.tsQuery())
                .setParameter("title", query.titleTsQuery())
                .setParameter("pattern", query.titlePattern());
        return ranking(statement, offset, limit);
    }

    /**
     * Titles close to the words, for a query that full-text search does not find (a misspelt
     * word): trigram word similarity on the folded titles, the closest first.
     */
    public Ranking similarTitles(List<SearchSource> sources, SearchQuery query, int offset, int limit) {
        String branches = sources.stream()
                .map(s -> "select '" + s.type() + "' as type, c.id, false as title_match,"
                        + " word_similarity(:text, c.folded_title) as rank, c.recency"
                        + " from (" + s.candidates() + ") c"
                        + " where :text <% c.folded_title")
                .collect(Collectors.joining(" union all "));
        Query statement = em.createNativeQuery(rankingSql(branches, "rank desc"), Tuple.class)
                .setParameter("text", query.text());
        return ranking(statement, offset, limit);
    }

    private static String rankingSql(String branches, String order) {
        // The matches are computed once (a CTE used twice): a page of them, and their counts.
        return "with hits as (" + branches + "),"
                + " page as (select type, id, title_match from hits"
                + " order by " + order + ", recency desc nulls last, type, id"
                + " limit :limit offset :offset)"
                + " select type, id, title_match, cast(null as bigint) as n from page"
                + " union all select type, null, null, count(*) from hits group by type";
    }

    @SuppressWarnings("unchecked")
    private static Ranking ranking(Query statement, int offset, int limit) {
        List<Tuple> rows = statement
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        List<Ranked> page = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Tuple row : rows) {
            String type = row.get("type", String.class);
            Number count = row.get("n", Number.class);
            if (count != null) {
                counts.put(type, count.longValue());
            } else {
                page.add(new Ranked(
                        type, row.get("id", Number.class).longValue(), row.get("title_match", Boolean.class)));
            }
        }
        return new Ranking(page, counts);
    }

    /** The display columns of the ranked rows, with a snippet around the words, by type and id. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<Long, Shown>> show(
            Map<String, SearchSource> sources,
            Map<String, ? extends Collection<Long>> idsByType,
            SearchQuery query,
            String lang) {
        if (idsByType.isEmpty()) {
            return Map.of();
        }
        List<String> branches = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, ? extends Collection<Long>> e : idsByType.entrySet()) {
            SearchSource source = sources.get(e.getKey());
            SearchSource.Translated translated = source.translated();
            String texts = translated == null || lang == null
                    ? " d.title, d.excerpt, d.lang as title_lang, d.lang as excerpt_lang,"
                    : " case when tt.text is null then d.title else replace(d.title, d.own_title, tt.text) end as title,"
                            + " coalesce(te.text, d.excerpt) as excerpt,"
                            + " case when tt.text is null then d.lang else :lang end as title_lang,"
                            + " case when te.text is null then d.lang else :lang end as excerpt_lang,";
            String joins = translated == null || lang == null
                    ? ""
                    : " left join content_translation tt on tt.kind = '" + translated.kind()
                            + "' and tt.record_id = d.id and tt.lang = :lang and d.lang <> :lang and tt.field = '"
                            + translated.titleField() + "'"
                            + " left join content_translation te on te.kind = '" + translated.kind()
                            + "' and te.record_id = d.id and te.lang = :lang and d.lang <> :lang and te.field = '"
                            + translated.excerptField() + "'";
            branches.add("select '" + source.type() + "' as type, d.id, d.slug," + texts
                    + " ts_headline('fabrique_fr', translate(coalesce(d.body, ''), :markers, ''),"
                    + " to_tsquery('fabrique_fr', :q), :options) as snippet,"
                    + " d.context_type, d.context_slug, d.context_title, d.lang"
                    + " from (" + source.display() + ") d" + joins + " where d.id in (:ids" + i + ")");
            if (!joins.isEmpty()) {
                params.put("lang", lang);
            }
            params.put("ids" + i, e.getValue());
            i++;
        }
        Query statement = em.createNativeQuery(String.join(" union all ", branches), Tuple.class)
                .setParameter("q", query.tsQuery())
                .setParameter("markers", "" + START + STOP)
                .setParameter("options", HEADLINE_OPTIONS);
        params.forEach(statement::setParameter);
        Map<String, Map<Long, Shown>> shown = new LinkedHashMap<>();
        for (Tuple row : (List<Tuple>) statement.getResultList()) {
            shown.computeIfAbsent(row.get("type", String.class), k -> new LinkedHashMap<>())
                    .put(
                            row.get("id", Number.class).longValue(),
                            new Shown(
                                    row.get("slug", String.class),
                                    row.get("title", String.class),
                                    row.get("excerpt", String.class),
                                    row.get("snippet", String.class),
                                    row.get("context_type", String.class),
                                    row.get("context_slug", String.class),
                                    row.get("context_title", String.class),
                                    row.get("lang", String.class),
                                    row.get("title_lang", String.class),
                                    row.get("excerpt_lang", String.class)));
        }
        return shown;
    }
}
