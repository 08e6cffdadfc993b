package org.hamyar.api.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the total number of items in the whole list.
 *
 * @param items the items of this page
 * @param page  the page number, from 0
 * @param size  the page size asked for (the last page may hold fewer items)
 * @param total the number of items in the whole list
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The same page with every item converted, such as an entity into its API record. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
