package org.fabrique.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One CSV file of the export: its name, what a row is, its columns (the data dictionary) and its
 * rows as text. Multi-valued cells hold slugs separated by {@value #SEPARATOR}.
 */
public record OpenDataTable(String file, String description, List<Column> columns, List<List<String>> rows) {
    public static final String SEPARATOR = "|";

    /** A column as the dictionary describes it. */
    public record Column(String name, String type, String description) {}

    /** Builds a table from records of type {@code T}, one column at a time. */
    public static <T> Builder<T> of(String file, String description) {
        return new Builder<>(file, description);
    }

    /** The columns of a table and how each cell is read from a record. */
    public static final class Builder<T> {
        private final String file;
        private final String description;
        private final List<Column> columns = new ArrayList<>();
        private final List<Function<T, Object>> cells = new ArrayList<>();

        private Builder(String file, String description) {
            this.file = file;
            this.description = description;
        }

        public Builder<T> column(String name, String type, String description, Function<T, Object> cell) {
            columns.add(new Column(name, type, description));
            cells.add(cell);
            return this;
        }

        public OpenDataTable rows(Collection<? extends T> items) {
            List<List<String>> rows = new ArrayList<>(items.size());
            for (T item : items) {
                List<String> row = new ArrayList<>(cells.size());
                cells.forEach(cell -> row.add(text(cell.apply(item))));
                rows.add(List.copyOf(row));
            }
            return new OpenDataTable(file, description, List.copyOf(columns), List.copyOf(rows));
        }
    }

    /** The text of a cell: empty for null, ISO-8601 for times, slugs joined for lists. */
    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case OffsetDateTime t -> t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case LocalDate d -> d.toString();
            case BigDecimal b -> b.toPlainString();
            case Enum<?> e -> e.name();
            case Collection<?> c -> c.stream().map(OpenDataTable::text).collect(Collectors.joining(SEPARATOR));
            default -> value.toString();
        };
    }
}
