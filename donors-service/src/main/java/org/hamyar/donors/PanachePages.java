package org.hamyar.donors;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;

/** A page of a Panache query, the way every list of the service pages. */
public final class PanachePages {

    private PanachePages() {
    }

    /**
     * The page {@code request} asks for and the query's total. A page past the end is empty
     * without a query for it: page × size may not fit the int JPA skips (a page number near
     * 2^31 / size), which would fail rather than answer an empty page.
     */
    public static <T> Page<T> page(PanacheQuery<T> query, PageRequest request) {
        long total = query.count();
        List<T> items = request.beyond(total) ? List.of() : query.page(request.page(), request.size()).list();
        return Page.of(items, request, total);
    }
}
