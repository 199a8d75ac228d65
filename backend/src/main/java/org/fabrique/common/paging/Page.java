package org.fabrique.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and the totals, never wrapped in a root object. */
public record Page<T>(
        List<T> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "123") long totalItems,
        @Schema(examples = "7") int totalPages,

        @Schema(
                description = "With updatedSince or cursor, when the page is full: pass it as cursor to read"
                        + " the next items in (updatedAt, id) order",
                examples = "MTc2NTAwMDAwMDAwMDAwMC40Mg")
        String nextCursor) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return of(items, request, totalItems, null);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems, ListCursor next) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(
                items, request.page(), request.size(), totalItems, totalPages, next == null ? null : next.encode());
    }

    /** A page of incremental reads: the next cursor is the last item's stamp when the page is full. */
    public static <T extends Stamped, V> Page<V> of(
            List<T> rows, Function<List<T>, List<V>> views, PageRequest request, long totalItems) {
        return of(views.apply(rows), request, totalItems, nextCursor(rows, request));
    }

    public static ListCursor nextCursor(List<? extends Stamped> rows, PageRequest request) {
        return request.since() != null && !rows.isEmpty() && rows.size() == request.size()
                ? rows.get(rows.size() - 1).stamp()
                : null;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages, nextCursor);
    }
}
