package org.hamyar.beneficiaries.overlap;

import java.time.LocalDate;

import org.hamyar.beneficiaries.aid.AidCategory;

/**
 * Which recorded aid can possibly conflict with a proposed one: aid of the same category and
 * subject (the household, or the person) whose period starts on or before {@code startsOnOrBefore}
 * and whose last day ({@code coalesce(period_end, period_start)}) is on or after
 * {@code lastDayOnOrAfter}. A superset of the conflicts, read with one indexed range query; the
 * rules then decide exactly.
 *
 * @param startsOnOrBefore null: no upper bound
 * @param lastDayOnOrAfter null: no lower bound (aid that may be given once in a lifetime)
 */
public record CandidateWindow(
        AidCategory category,
        AidCategory.Subject subject,
        LocalDate startsOnOrBefore,
        LocalDate lastDayOnOrAfter) {
}
