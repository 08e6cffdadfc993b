package org.hamyar.api.paging;

import org.hamyar.api.params.ConventionsParamConverters;
import org.hamyar.api.problem.DomainProblem;

/**
 * Which page of a list the client asked for: {@code page} counts from 0, {@code size} is 1 to
 * {@value #MAX_SIZE} items.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_PAGE = 0;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** @throws DomainProblem 400 {@code invalid-parameter} naming {@code page} and/or {@code size} */
    public PageRequest {
        boolean badPage = page < 0;
        boolean badSize = size < 1 || size > MAX_SIZE;
        if (badPage || badSize) {
            DomainProblem problem = ConventionsParamConverters.invalidParameters();
            if (badPage) {
                problem.withField("page", "{paging.page}");
            }
            if (badSize) {
                problem.withField("size", "{paging.size}", MAX_SIZE);
            }
            throw problem;
        }
    }

    /** The page the query parameters ask for; an absent parameter takes its default (0 and 20). */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? DEFAULT_PAGE : page, size == null ? DEFAULT_SIZE : size);
    }

    /** The number of items before this page, for SQL {@code OFFSET}; a long, as page × size may exceed an int. */
    public long offset() {
        return (long) page * size;
    }

    /**
     * Whether this page starts at or past the end of a list of {@code total} items. Such a page is
     * empty, and is answered without asking the database for it: its offset may not fit the int a
     * JPA query skips (a page number near 2^31 / size), so asking would fail.
     */
    public boolean beyond(long total) {
        return offset() >= total;
    }
}
