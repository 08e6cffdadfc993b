package org.hamyar.beneficiaries.rest;

import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.params.ConventionsParamConverters;

/**
 * Bounded paging of the service's lists (persons, households, the overlap report): api-conventions'
 * {@link PageRequest}, and no deeper than {@value #MAX_DEPTH} items. An offset of millions walks
 * millions of index entries before the page; a client that wants more narrows the filters. A page
 * number near 2^31 is therefore a 400 {@code invalid-parameter} naming {@code page}, never a scan.
 */
public final class ListPaging {

    /** The last item a page may reach: page × size + size. */
    public static final int MAX_DEPTH = 10_000;

    private ListPaging() {
    }

    public static PageRequest of(Integer page, Integer size) {
        PageRequest request = PageRequest.of(page, size);
        if (request.offset() + request.size() > MAX_DEPTH) {
            throw ConventionsParamConverters.invalid("page", "{paging.too-deep}", MAX_DEPTH);
        }
        return request;
    }
}
