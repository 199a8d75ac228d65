package org.fabrique.common.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The records whose texts lack a translation into a language: for each kind of record, its
 * table, the column that names it, and its translatable fields with their columns.
 */
@ApplicationScoped
public class MissingTranslations {
    /** A kind of record whose texts are translated. */
    record Kind(String kind, String titleColumn, Map<String, String> columns) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    "coalition",
                    "title",
                    columns("title", "title", "summary", "summary", "intention", "intention", "vision", "vision")),
            new Kind("axis", "name", columns("name", "name", "description", "description")),
            new Kind("event", "title", columns("title", "title", "description", "description")),
            new Kind("note", "title", columns("title", "title", "excerpt", "excerpt", "body", "body_markdown")));

    private final EntityManager em;

    public MissingTranslations(EntityManager em) {
        this.em = em;
    }

    /** A record with texts not yet translated into the language asked for. */
    public record Missing(String kind, String slug, String title, String original, List<String> fields) {}

    /** Every record not written in {@code lang} with a non-empty text that has no translation into it. */
    @SuppressWarnings("unchecked")
    public List<Missing> into(String lang) {
        List<Missing> result = new ArrayList<>();
        for (Kind kind : KINDS) {
            String cases = kind.columns().entrySet().stream()
                    .map(e -> "case when coalesce(r." + e.getValue() + ", '') <> '' and not exists (select 1 from"
                            + " content_translation t where t.kind = '" + kind.kind() + "' and t.record_id = r.id"
                            + " and t.lang = :lang and t.field = '" + e.getKey() + "') then '" + e.getKey()
                            + "' end")
                    .collect(Collectors.joining(", "));
            String sql = "select r.slug, r." + kind.titleColumn() + " as title, r.lang,"
                    + " array_to_string(array_remove(array[" + cases + "], null), ',') as missing"
                    + " from " + kind.kind() + " r where r.lang <> :lang order by r." + kind.titleColumn() + ", r.id";
            List<Tuple> rows = em.createNativeQuery(sql, Tuple.class)
                    .setParameter("lang", lang)
                    .getResultList();
            for (Tuple row : rows) {
                String missing = row.get("missing", String.class);
                if (missing != null && !missing.isEmpty()) {
                    result.add(new Missing(
                            kind.kind(),
                            row.get("slug", String.class),
                            row.get("title", String.class),
                            row.get("lang", String.class),
                            Arrays.asList(missing.split(","))));
                }
            }
        }
        return result;
    }

    private static Map<String, String> columns(String... fieldsAndColumns) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndColumns.length; i += 2) {
            columns.put(fieldsAndColumns[i], fieldsAndColumns[i + 1]);
        }
        return columns;
    }
}
