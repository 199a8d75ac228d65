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
    /**
     * A kind of record whose texts are translated: its table (the translations' kind), the name
     * clients know it by, the column that names it, its translatable fields with their columns,
     * and the parts translated with it (a coalition's canvas).
     */
    record Kind(String kind, String name, String titleColumn, Map<String, String> columns, List<Part> parts) {}

    /** Rows of a child table translated as fields "prefix.id.field" of their parent's translation. */
    record Part(String table, String parentColumn, String prefix, List<String> columns) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    "coalition",
                    "coalition",
                    "title",
                    columns("title", "title", "summary", "summary", "intention", "intention", "vision", "vision"),
                    List.of(
                            new Part("coalition_problem", "coalition_id", "problem", List.of("title", "description")),
                            new Part(
                                    "coalition_experience",
                                    "coalition_id",
                                    "experience",
                                    List.of("title", "description")),
                            new Part("desired_impact", "coalition_id", "impact", List.of("title", "indicator")))),
            new Kind("axis", "axis", "name", columns("name", "name", "description", "description"), List.of()),
            new Kind("event", "event", "title", columns("title", "title", "description", "description"), List.of()),
            new Kind(
                    "note",
                    "note",
                    "title",
                    columns("title", "title", "excerpt", "excerpt", "body", "body_markdown"),
                    List.of()),
            new Kind(
                    "territory", "territory", "name", columns("name", "name", "description", "description"), List.of()),
            new Kind(
                    "shared_resource",
                    "resource",
                    "title",
                    columns("title", "title", "description", "description"),
                    List.of()));

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
                    + " array_to_string(array_remove(array[" + cases + "], null)" + parts(kind) + ", ',') as missing"
                    + " from " + kind.kind() + " r where r.lang <> :lang order by r." + kind.titleColumn() + ", r.id";
            List<Tuple> rows = em.createNativeQuery(sql, Tuple.class)
                    .setParameter("lang", lang)
                    .getResultList();
            for (Tuple row : rows) {
                String missing = row.get("missing", String.class);
                if (missing != null && !missing.isEmpty()) {
                    result.add(new Missing(
                            kind.name(),
                            row.get("slug", String.class),
                            row.get("title", String.class),
                            row.get("lang", String.class),
                            Arrays.asList(missing.split(","))));
                }
            }
        }
        return result;
    }

    /** The untranslated fields of the record's parts, appended to its own (" || array(...)"). */
    private static String parts(Kind kind) {
        StringBuilder sql = new StringBuilder();
        for (Part part : kind.parts()) {
            for (String column : part.columns()) {
                String field = "'" + part.prefix() + ".' || p.id || '." + column + "'";
                sql.append(" || array(select ")
                        .append(field)
                        .append(" from ")
                        .append(part.table())
                        .append(" p where p.")
                        .append(part.parentColumn())
                        .append(" = r.id and coalesce(p.")
                        .append(column)
                        .append(", '') <> '' and not exists (select 1 from content_translation t where t.kind = '")
                        .append(kind.kind())
                        .append("' and t.record_id = r.id and t.lang = :lang and t.field = ")
                        .append(field)
                        .append(") order by p.position, p.id)");
            }
        }
        return sql.toString();
    }

    private static Map<String, String> columns(String... fieldsAndColumns) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndColumns.length; i += 2) {
            columns.put(fieldsAndColumns[i], fieldsAndColumns[i + 1]);
        }
        return columns;
    }
}
