package org.hamyar.beneficiaries.duplicate;

import java.time.DateTimeException;
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
 *     birth year; looked up for the year before and after too. Survives date typos and letter-form,
 *     spacing and vowel-spelling variants of the names.
 * <li>{@code last}: last name and full birth date; looked up with day and month swapped too.
 *     Survives any error in the first name.
 * <li>{@code first}: first name and full birth date, the same way. Survives any error in the last name.
 * <li>{@code father}: first name, father's name and birth year (± 1). Survives an error in the last
 *     name and in the date at once.
 * </ul>
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
                identity.fatherName() == null ? null : first + "|" + skeleton(identity.fatherName()) + "|" + date.getYear());
    }

    public static Lookup lookup(Identity identity) {
        String first = skeleton(identity.firstName());
        String last = skeleton(identity.lastName());
        LocalDate date = identity.birthDate();
        Set<String> names = new LinkedHashSet<>();
        Set<String> father = new LinkedHashSet<>();
        String fatherSkeleton = identity.fatherName() == null ? null : skeleton(identity.fatherName());
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            names.add(names(first, last, year));
            if (fatherSkeleton != null) {
                father.add(first + "|" + fatherSkeleton + "|" + year);
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

    /** The date and, when it is a date too, the date with day and month swapped. */
    static Set<LocalDate> dates(LocalDate date) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        dates.add(date);
        if (date.getDayOfMonth() <= 12) {
            try {
                dates.add(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
            } catch (DateTimeException impossible) {
                // 31 April and the like: no swapped date
            }
        }
        return dates;
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
