package org.hamyar.beneficiaries.duplicate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two identities are, from 0 to 1, and which fields agree (docs/product.md §4
 * "Duplicates"). Plain Java: the finder, the import and the benchmark share it.
 *
 * <p>Each field gives a similarity and a weight; the score is the weighted mean over the fields
 * both identities have (a missing father's name or place neither helps nor hurts):
 * <ul>
 * <li>first and last name (0.24 each): Jaro–Winkler of the compact normalised names, the better of
 *     the two orders (first and last names are swapped on many forms);
 * <li>father's name (0.16): Jaro–Winkler;
 * <li>birth date (0.24): 1 equal; 0.85 day and month swapped; 0.8 the same day and month one year
 *     apart; 0.75 at most 3 days apart; 0.6 the same year and one of day or month equal (a typed
 *     digit); otherwise 0;
 * <li>place (0.08): 1 the same county, 0.5 the same province only, 0 another province;
 * <li>sex (0.04): 1 or 0.
 * </ul>
 * A pair whose names are not alike (mean name similarity under {@value #MIN_NAME_SIMILARITY}) or
 * whose birth dates are unrelated is not a duplicate whatever else agrees: siblings share a last
 * name, father and place, twins a birth date too. The threshold {@value #THRESHOLD} and the weights
 * were tuned on the generated registry of the benchmarks module (docs/benchmarks.md).
 */
public final class DuplicateScorer {

    /** A pair scoring at least this is flagged. */
    public static final double THRESHOLD = 0.88;
    static final double MIN_NAME_SIMILARITY = 0.85;
    /** Birth dates at most this many days apart are near ones (and BlockingKeys looks them up across the new year). */
    static final int NEAR_DAYS = 3;
    /** A field agrees when its similarity is at least this. */
    static final double AGREES = 0.9;

    private static final double FIRST = 0.24;
    private static final double LAST = 0.24;
    private static final double FATHER = 0.16;
    private static final double DATE = 0.24;
    private static final double PLACE = 0.08;
    private static final double SEX = 0.04;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final Score NOT_A_DUPLICATE = new Score(0, List.of());

    private DuplicateScorer() {
    }

    /** @param value 0 to 1; {@code agreeingFields} in the API's names */
    public record Score(double value, List<String> agreeingFields) {

        public boolean duplicate() {
            return value >= THRESHOLD;
        }
    }

    public static Score score(Identity a, Identity b) {
        // unrelated birth dates decide at once, before any name is compared: most candidates of a common
        // name's year-wide blocking key are such namesakes
        double date = dateSimilarity(a.birthDate(), b.birthDate());
        if (date == 0) {
            return NOT_A_DUPLICATE;
        }
        double straightFirst = similarity(a.firstName(), b.firstName());
        double straightLast = similarity(a.lastName(), b.lastName());
        double swappedFirst = similarity(a.firstName(), b.lastName());
        double swappedLast = similarity(a.lastName(), b.firstName());
        boolean swapped = swappedFirst + swappedLast > straightFirst + straightLast;
        double first = swapped ? swappedFirst : straightFirst;
        double last = swapped ? swappedLast : straightLast;
        if ((first + last) / 2 < MIN_NAME_SIMILARITY) {
            return NOT_A_DUPLICATE;
        }
        List<String> agreeing = new ArrayList<>();
        double sum = FIRST * first + LAST * last + DATE * date;
        double weights = FIRST + LAST + DATE;
        when(first >= AGREES, agreeing, "firstName");
        when(last >= AGREES, agreeing, "lastName");
        if (a.fatherName() != null && b.fatherName() != null) {
            double father = similarity(a.fatherName(), b.fatherName());
            sum += FATHER * father;
            weights += FATHER;
            when(father >= AGREES, agreeing, "fatherName");
        }
        when(date >= 0.8, agreeing, "birthDate");
        if (a.province() != null && b.province() != null) {
            boolean sameProvince = a.province().equals(b.province());
            boolean sameCounty = sameProvince && a.county() != null && a.county().equals(b.county());
            sum += PLACE * (sameCounty ? 1 : sameProvince ? 0.5 : 0);
            weights += PLACE;
            when(sameProvince, agreeing, "province");
            when(sameCounty, agreeing, "county");
        }
        if (a.sex() != null && b.sex() != null) {
            boolean same = a.sex() == b.sex();
            sum += SEX * (same ? 1 : 0);
            weights += SEX;
            when(same, agreeing, "sex");
        }
        return new Score(Math.round(sum / weights * 1000) / 1000.0, List.copyOf(agreeing));
    }

    static double dateSimilarity(LocalDate a, LocalDate b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue()) {
            return 0.85;
        }
        if (a.getMonthValue() == b.getMonthValue() && a.getDayOfMonth() == b.getDayOfMonth()
                && Math.abs(a.getYear() - b.getYear()) == 1) {
            return 0.8;
        }
        if (Math.abs(ChronoUnit.DAYS.between(a, b)) <= NEAR_DAYS) {
            return 0.75;
        }
        if (a.getYear() == b.getYear() && (a.getMonthValue() == b.getMonthValue() || a.getDayOfMonth() == b.getDayOfMonth())) {
            return 0.6;
        }
        return 0;
    }

    private static double similarity(String a, String b) {
        return a.equals(b) ? 1 : JARO_WINKLER.apply(a, b);
    }

    private static void when(boolean condition, List<String> fields, String field) {
        if (condition) {
            fields.add(field);
        }
    }
}
