package org.hamyar.beneficiaries.overlap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidStatus;
import org.hamyar.standards.JalaliDate;

/**
 * The default overlap rules of docs/product.md §4, across all providers: which recorded aid a proposed aid
 * overlaps. Who may give it anyway (same provider, agreements) is {@link OverlapPolicy}'s question.
 *
 * <p>Most rules say that an aid occupies a stretch of time for its subject, and two aids of one
 * category overlap when their stretches meet:
 * <ul>
 *   <li>{@code FOOD_BASKET}: 30 days from its start (one per household per 30 days);</li>
 *   <li>{@code PILGRIMAGE}: 3 years from its start;</li>
 *   <li>{@code MONTHLY_STIPEND}: the Jalali months its period touches (stipends are paid per
 *       Jalali month; one provider per household per month);</li>
 *   <li>{@code HEALTH_INSURANCE} (person) and {@code RURAL_HOUSING_INSURANCE} (household): the
 *       coverage period; without an end date, one year, the usual term of a policy;</li>
 *   <li>{@code EMPLOYMENT_LOAN}: the loan is open over its period; without an end date, 12 months;</li>
 *   <li>{@code EDUCATION_SUPPORT} (person): the academic years its period touches; the Iranian
 *       academic year begins on 1 Mehr;</li>
 *   <li>{@code HOUSING} (household) and {@code DOWRY} (person): forever: once in a lifetime.</li>
 * </ul>
 * {@code CASH_GRANT} counts instead: a fourth grant within any 90 days overlaps the three before
 * it. {@code CULTURAL_PACKAGE} and {@code IFTAR_MEAL} have no rule. Revoked aid never overlaps.
 */
public final class OverlapRules {

    static final int FOOD_BASKET_DAYS = 30;
    static final int PILGRIMAGE_YEARS = 3;
    static final int INSURANCE_DEFAULT_YEARS = 1;
    static final int LOAN_DEFAULT_MONTHS = 12;
    static final int CASH_GRANT_DAYS = 90;
    static final int CASH_GRANT_MOST = 3;
    private static final int MEHR = 7;

    private OverlapRules() {
    }

    /** Whether the category has any overlap rule. */
    public static boolean hasRule(AidCategory category) {
        return category.subject() != AidCategory.Subject.NONE;
    }

    /**
     * The recorded aid that the rule of {@code aid}'s category needs to see, as one range; empty for
     * a category without a rule.
     */
    public static Optional<CandidateWindow> window(ProposedAid aid) {
        AidCategory category = aid.category();
        LocalDate start = aid.periodStart();
        return switch (category) {
            case CULTURAL_PACKAGE, IFTAR_MEAL -> Optional.empty();
            case HOUSING, DOWRY -> Optional.of(new CandidateWindow(category, category.subject(), null, null));
            case CASH_GRANT -> Optional.of(new CandidateWindow(category, category.subject(),
                    start.plusDays(CASH_GRANT_DAYS - 1), start.minusDays(CASH_GRANT_DAYS - 1)));
            default -> {
                // An existing aid overlaps when its stretch meets ours. Its stretch begins at most
                // `lead` before its start and ends at most `tail` after its last day, so these
                // bounds hold every such aid (and a few more, which the exact rule drops).
                Stretch ours = stretch(category, start, aid.periodEnd());
                long lead = switch (category) {
                    case MONTHLY_STIPEND -> 31;
                    case EDUCATION_SUPPORT -> 367;
                    default -> 0;
                };
                long tail = switch (category) {
                    case FOOD_BASKET -> FOOD_BASKET_DAYS;
                    case PILGRIMAGE -> 366L * PILGRIMAGE_YEARS + 1;
                    case MONTHLY_STIPEND -> 31;
                    case HEALTH_INSURANCE, RURAL_HOUSING_INSURANCE -> 366L * INSURANCE_DEFAULT_YEARS + 1;
                    case EMPLOYMENT_LOAN -> 366;
                    case EDUCATION_SUPPORT -> 367;
                    default -> throw new IllegalStateException(category.name());
                };
                yield Optional.of(new CandidateWindow(category, category.subject(),
                        ours.last().plusDays(lead), ours.first().minusDays(tail)));
            }
        };
    }

    /**
     * The recorded aid that {@code aid} overlaps, oldest first. {@code recorded} may hold anything
     * (other categories, other subjects, revoked aid): only aid the rule compares counts.
     */
    public static List<RecordedAid> conflicts(ProposedAid aid, Collection<RecordedAid> recorded) {
        if (!hasRule(aid.category())) {
            return List.of();
        }
        List<RecordedAid> comparable = recorded.stream()
                .filter(r -> r.category() == aid.category())
                .filter(r -> r.status() != AidStatus.REVOKED)
                .filter(r -> sameSubject(aid, r))
                .sorted(Comparator.comparing(RecordedAid::periodStart).thenComparing(RecordedAid::aidId))
                .toList();
        if (aid.category() == AidCategory.CASH_GRANT) {
            return crowdedCashGrants(aid.periodStart(), comparable);
        }
        Stretch ours = stretch(aid.category(), aid.periodStart(), aid.periodEnd());
        return comparable.stream()
                .filter(r -> ours.meets(stretch(r.category(), r.periodStart(), r.periodEnd())))
                .toList();
    }

    /** The academic year (1 Mehr to the last day of Shahrivar) that contains {@code date}. */
    public static Stretch academicYear(LocalDate date) {
        JalaliDate jalali = JalaliDate.of(date);
        int year = jalali.month() >= MEHR ? jalali.year() : jalali.year() - 1;
        return new Stretch(new JalaliDate(year, MEHR, 1).toGregorian(),
                new JalaliDate(year + 1, MEHR, 1).toGregorian().minusDays(1));
    }

    private static boolean sameSubject(ProposedAid aid, RecordedAid recorded) {
        return switch (aid.category().subject()) {
            // the household's own aid (a person outside any household: their own household-of-one
            // aid), then what its members carry from the households they came from
            case HOUSEHOLD -> (aid.householdId() != null ? aid.householdId().equals(recorded.householdId())
                    : recorded.householdId() == null && aid.personId().equals(recorded.personId()))
                    || aid.history().carries(recorded);
            case PERSON -> aid.personId() != null && aid.personId().equals(recorded.personId());
            case NONE -> false;
        };
    }

    /** The time an aid of {@code category} occupies for its subject. */
    static Stretch stretch(AidCategory category, LocalDate start, LocalDate end) {
        LocalDate last = end == null ? start : end;
        return switch (category) {
            case FOOD_BASKET -> new Stretch(start, start.plusDays(FOOD_BASKET_DAYS - 1));
            case PILGRIMAGE -> new Stretch(start, start.plusYears(PILGRIMAGE_YEARS).minusDays(1));
            case MONTHLY_STIPEND -> new Stretch(firstOfJalaliMonth(start), lastOfJalaliMonth(last));
            case HEALTH_INSURANCE, RURAL_HOUSING_INSURANCE ->
                    new Stretch(start, end != null ? end : start.plusYears(INSURANCE_DEFAULT_YEARS).minusDays(1));
            case EMPLOYMENT_LOAN -> new Stretch(start, end != null ? end : start.plusMonths(LOAN_DEFAULT_MONTHS).minusDays(1));
            case EDUCATION_SUPPORT -> new Stretch(academicYear(start).first(), academicYear(last).last());
            case HOUSING, DOWRY -> new Stretch(LocalDate.MIN, LocalDate.MAX);
            case CASH_GRANT, CULTURAL_PACKAGE, IFTAR_MEAL ->
                    throw new IllegalArgumentException(category + " has no time-stretch rule");
        };
    }

    /**
     * The most cash grants that share a 90-day span with the proposed one, when they are already
     * {@value #CASH_GRANT_MOST} or more (the proposed grant would make one too many); else none.
     */
    private static List<RecordedAid> crowdedCashGrants(LocalDate start, List<RecordedAid> grants) {
        List<RecordedAid> near = grants.stream()
                .filter(g -> Math.abs(ChronoUnit.DAYS.between(start, g.periodStart())) < CASH_GRANT_DAYS)
                .toList();
        // The fullest 90-day span holding `start` can be slid until it begins at `start` or at an
        // earlier grant's date, so those are the only spans to count.
        TreeSet<LocalDate> spanStarts = new TreeSet<>();
        spanStarts.add(start);
        near.stream().map(RecordedAid::periodStart).filter(d -> !d.isAfter(start)).forEach(spanStarts::add);
        List<RecordedAid> fullest = List.of();
        for (LocalDate from : spanStarts) {
            LocalDate to = from.plusDays(CASH_GRANT_DAYS - 1);
            List<RecordedAid> inSpan = new ArrayList<>();
            for (RecordedAid grant : near) {
                if (!grant.periodStart().isBefore(from) && !grant.periodStart().isAfter(to)) {
                    inSpan.add(grant);
                }
            }
            if (inSpan.size() > fullest.size()) {
                fullest = inSpan;
            }
        }
        return fullest.size() >= CASH_GRANT_MOST ? fullest : List.of();
    }

    private static LocalDate firstOfJalaliMonth(LocalDate date) {
        JalaliDate jalali = JalaliDate.of(date);
        return new JalaliDate(jalali.year(), jalali.month(), 1).toGregorian();
    }

    private static LocalDate lastOfJalaliMonth(LocalDate date) {
        JalaliDate jalali = JalaliDate.of(date);
        return new JalaliDate(jalali.year(), jalali.month(), jalali.lengthOfMonth()).toGregorian();
    }

    /** Days from {@code first} to {@code last}, both included. */
    public record Stretch(LocalDate first, LocalDate last) {

        boolean meets(Stretch other) {
            return !first.isAfter(other.last) && !other.first.isAfter(last);
        }
    }
}
