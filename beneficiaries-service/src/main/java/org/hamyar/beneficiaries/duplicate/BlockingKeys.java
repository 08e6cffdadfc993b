package org.hamyar.beneficiaries.duplicate;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The blocking keys of the duplicate finder: short strings stored in indexed columns of
 * {@code person}, so that the candidates of an identity are a few index lookups at ten million
 * persons, never a scan. Each key survives a different kind of variation, and a true duplicate needs
 * to share only one of them with the existing person:
 *
 * <ul>
 * <li>{@code names}: both names (in either order, so swapped first and last names meet) and the
 *     birth year. Survives an error in the day or month and letter-form, spacing and
 *     vowel-spelling variants of the names.
 * <li>{@code last}: last name and full birth date; looked up with day and month swapped, and a
 *     year before and after. Survives any error in the first name, and a year typed wrong.
 * <li>{@code first}: first name and full birth date, the same way. Survives any error in the last name.
 * <li>{@code father}: first name, father's name, birth year and month. Survives an error in the last
 *     name and in the day at once; looked up under the month of the date with day and month swapped
 *     and of the dates up to 3 days either side too. A first name and a father's name are both common
 *     ones far more often than a first and a last name: under the year alone, this key held 4.5 persons
 *     of a million on average, more than the other three together.
 * </ul>
 *
 * The lookups are as narrow as {@link DuplicateScorer} allows. It takes a birth date a year off only
 * with the same day and month (or at most 3 days off, across the new year), so the year-wide keys are
 * looked up under the birth year alone — under the year before or after too only for a date within
 * 3 days of the new year — and a year typed wrong is found by the full dates a year off: a year-off
 * duplicate shares at least its first or its last name's key with the original, as it shared both
 * names (or the first and the father's name) before. The one pair the narrowing gives up is a
 * mistyped last name together with a mistyped birth month (the father key's month). A common name's
 * year-wide key held up to 134 persons of the bench's million; each looked up under one year instead
 * of three is a third of the candidates to fetch and score.
 *
 * Names enter a key as their {@link #skeleton}: the Persian letters that sound alike folded into one
 * (س ص ث, ز ذ ض ظ, ت ط, ه ح, ق غ, ا ع), the long vowels (ا و ی) dropped after the first letter and
 * doubled letters made one — so "اسماعیل" and "اسمعیل", "طاهره" and "تاهره" share a key.
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    /** The keys one person is stored under. */
    public record Stored(String names, String last, String first, String father) {
    }

    /** The keys to look an identity up by: a person stored under any of them is a candidate. */
    public record Lookup(Set<String> names, Set<String> last, Set<String> first, Set<String> father) {
    }

    public static Stored stored(Identity identity) {
        String first = skeleton(identity.firstName());
        String last = skeleton(identity.lastName());
        LocalDate date = identity.birthDate();
        return new Stored(names(first, last, date.getYear()), last + "|" + date, first + "|" + date,
                identity.fatherName() == null ? null : father(first, skeleton(identity.fatherName()), date));
    }

    public static Lookup lookup(Identity identity) {
        String first = skeleton(identity.firstName());
        String last = skeleton(identity.lastName());
        LocalDate date = identity.birthDate();
        String fatherSkeleton = identity.fatherName() == null ? null : skeleton(identity.fatherName());
        Set<String> names = new LinkedHashSet<>();
        Set<String> father = new LinkedHashSet<>();
        for (int year : years(date)) {
            names.add(names(first, last, year));
        }
        if (fatherSkeleton != null) {
            for (LocalDate near : nearDates(date)) {
                father.add(father(first, fatherSkeleton, near));
            }
        }
        Set<String> lasts = new LinkedHashSet<>();
        Set<String> firsts = new LinkedHashSet<>();
        for (LocalDate d : dates(date)) {
            lasts.add(last + "|" + d);
            firsts.add(first + "|" + d);
        }
        return new Lookup(names, lasts, firsts, father);
    }

    /** The birth year and, for a date within 3 days of the new year, the year it borders. */
    static Set<Integer> years(LocalDate date) {
        Set<Integer> years = new LinkedHashSet<>();
        years.add(date.getYear());
        years.add(date.minusDays(DuplicateScorer.NEAR_DAYS).getYear());
        years.add(date.plusDays(DuplicateScorer.NEAR_DAYS).getYear());
        return years;
    }

    /** The date, the date with day and month swapped (when its day can be a month), and the date a year before and after. */
    static Set<LocalDate> dates(LocalDate date) {
        Set<LocalDate> dates = withSwapped(date);
        dates.add(date.minusYears(1));
        dates.add(date.plusYears(1));
        return dates;
    }

    /** The date, the date with day and month swapped (when its day can be a month), and the days up to 3 either side. */
    static Set<LocalDate> nearDates(LocalDate date) {
        Set<LocalDate> near = withSwapped(date);
        for (int days = 1; days <= DuplicateScorer.NEAR_DAYS; days++) {
            near.add(date.minusDays(days));
            near.add(date.plusDays(days));
        }
        return near;
    }

    /** The date and, when its day is 12 or less, the date with day and month swapped (always a date: its day is 1 to 12). */
    private static Set<LocalDate> withSwapped(LocalDate date) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        dates.add(date);
        if (date.getDayOfMonth() <= 12) {
            dates.add(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
        }
        return dates;
    }

    private static String father(String first, String father, LocalDate date) {
        return first + "|" + father + "|" + date.getYear() + "-" + (date.getMonthValue() < 10 ? "0" : "") + date.getMonthValue();
    }

    private static String names(String first, String last, int year) {
        return (first.compareTo(last) <= 0 ? first + " " + last : last + " " + first) + "|" + year;
    }

    /** The sound skeleton of a compact normalised name (see the class comment). */
    public static String skeleton(String compactName) {
        StringBuilder out = new StringBuilder(compactName.length());
        char previous = 0;
        for (int i = 0; i < compactName.length(); i++) {
            char c = fold(compactName.charAt(i));
            boolean vowel = c == 'ا' || c == 'و' || c == 'ی';
            if ((vowel && i > 0) || c == previous) {
                continue;
            }
            out.append(c);
            previous = c;
        }
        return out.toString();
    }

    private static char fold(char c) {
        return switch (c) {
            case 'ص', 'ث' -> 'س';
            case 'ذ', 'ض', 'ظ' -> 'ز';
            case 'ط' -> 'ت';
            case 'ح' -> 'ه';
            case 'غ' -> 'ق';
            case 'ع', 'آ' -> 'ا';
            default -> c;
        };
    }
}
