package org.hamyar.benchmarks.registry;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.Spliterator;
import java.util.Spliterators;

import org.hamyar.standards.Dates;
import org.hamyar.standards.Provinces;

/**
 * A Persian registry of persons made up from a seed, with the truth of which rows are the same
 * person: what the duplicate finder is measured on (docs/benchmarks.md), and the data set of the
 * performance benchmarks (a million persons and more).
 *
 * <p>Rows stream: a person is made from the seed and its number alone, so memory stays small at
 * any size, and the same seed gives the same rows on every machine. About one person in three
 * appears again, up to 300 rows later, typed by another agency with the
 * variations real registries show:
 * <ul>
 * <li>Arabic letter forms (ي for ی, ك for ک, ة), ZWNJ, spaces or nothing inside compound names
 *     (محمدرضا, محمد رضا, محمد‌رضا; احمدزاده, احمد زاده), diacritics;
 * <li>spelling variants (اسماعیل / اسمعیل, مصطفی / مصطفا, عبدالله / عبداله) and typing errors (a
 *     neighbouring key on the Persian keyboard, a letter dropped, doubled or two letters swapped);
 * <li>first and last name swapped, father's name missing;
 * <li>no national code, another (mistyped) national code, or a document instead;
 * <li>birth dates in Jalali or ISO, in Persian, Arabic-Indic or ASCII digits; a day off by a few,
 *     day and month swapped, the year off by one; the county missing.
 * </ul>
 * The registry is also hard the other way: a quarter of persons are siblings of an earlier person
 * (same last name, father and place; twins share the birth date), and first and last names follow a
 * skewed distribution, so namesakes abound.
 */
public final class SyntheticRegistry {

    /** Share of persons who appear in more than one row. */
    public static final double DUPLICATED = 0.3;
    private static final double SIBLING = 0.25;
    private static final int MAX_DISTANCE = 300;

    private final long seed;

    public SyntheticRegistry(long seed) {
        this.seed = seed;
    }

    /** The first {@code rows} rows of the registry, in order. */
    public Stream<RegistryRow> rows(int rows) {
        return StreamSupport.stream(Spliterators.spliterator(iterator(rows), rows,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED), false);
    }

    /** The same as a list (for sizes that fit in memory). */
    public List<RegistryRow> list(int rows) {
        return rows(rows).toList();
    }

    public Iterator<RegistryRow> iterator(int rows) {
        return new Iterator<>() {
            private final PriorityQueue<long[]> pending = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
            private int emitted;
            private int nextPerson;

            @Override
            public boolean hasNext() {
                return emitted < rows;
            }

            @Override
            public RegistryRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int row = emitted++;
                if (!pending.isEmpty() && pending.peek()[0] <= row) {
                    long[] copy = pending.poll();
                    return variant(row, (int) copy[1], (int) copy[2]);
                }
                int person = nextPerson++;
                SplittableRandom random = random(person, 7);
                if (random.nextDouble() < DUPLICATED) {
                    int copies = random.nextDouble() < 0.15 ? 2 : 1;
                    for (int c = 1; c <= copies; c++) {
                        pending.add(new long[] {row + 1 + random.nextInt(MAX_DISTANCE), person, c});
                    }
                }
                return original(row, person);
            }
        };
    }

    // ---------------------------------------------------------------------------------------------
    // persons

    /** A person as the truth knows them. */
    record Person(int number, boolean male, String firstName, String lastName, String fatherName, LocalDate birthDate,
                  String province, String county, String nationalCode, String documentType, String documentNumber) {
    }

    Person person(int number) {
        SplittableRandom random = random(number, 1);
        int family = number;
        if (number > 0 && random.nextDouble() < SIBLING) {
            family = Math.max(0, number - 1 - random.nextInt(50));
        }
        SplittableRandom familyRandom = random(family, 2);
        String lastName = Names.lastName(familyRandom);
        String father = Names.pick(Names.MALE, familyRandom);
        LocalDate anchor = LocalDate.of(1945, 1, 1).plusDays(familyRandom.nextInt(365 * 70));
        int province = familyRandom.nextInt(Names.COUNTIES.length);
        String county = Names.COUNTIES[province][familyRandom.nextInt(Names.COUNTIES[province].length)];

        boolean male = random.nextBoolean();
        String first = Names.pick(male ? Names.MALE : Names.FEMALE, random);
        LocalDate birth = anchor;
        if (family != number) {
            // a sibling: another first name, born some years apart, or a twin
            while (first.equals(Names.pick(male ? Names.MALE : Names.FEMALE, random(family, 1)))) {
                first = Names.pick(male ? Names.MALE : Names.FEMALE, random);
            }
            if (random.nextDouble() >= 0.1) {
                birth = anchor.plusDays((random.nextBoolean() ? 1 : -1) * (400 + random.nextInt(3000)));
            }
        }
        if (birth.isAfter(LocalDate.of(2025, 12, 31))) {
            birth = birth.minusYears(12);
        }
        String code = null;
        String documentType = null;
        String documentNumber = null;
        double identifier = random.nextDouble();
        if (identifier < 0.85) {
            code = NationalCodes.of(2L * number);
        } else if (identifier < 0.93) {
            documentType = "AMAYESH";
            documentNumber = String.valueOf(100_000_000L + number);
        } else if (identifier < 0.97) {
            documentType = "FOREIGN_NATIONAL_ID";
            documentNumber = String.valueOf(200_000_000_000L + number);
        } else {
            documentType = "BIRTH_CERTIFICATE";
            documentNumber = String.valueOf(1 + random.nextInt(99_999));
        }
        return new Person(number, male, first, lastName, father, birth, Names.PROVINCE_CODES[province], county,
                code, documentType, documentNumber);
    }

    private RegistryRow original(int row, int number) {
        Person p = person(number);
        SplittableRandom random = random(number, 3);
        return new RegistryRow(row, number, p.nationalCode() == null ? null : Variants.digits(p.nationalCode(), random, 0.2),
                p.documentType(), p.documentNumber(), p.firstName(), p.lastName(), p.fatherName(),
                Variants.date(p.birthDate(), random, 0.2), p.male() ? "MALE" : "FEMALE", p.province(), p.county());
    }

    /** Another agency's row of the same person. */
    private RegistryRow variant(int row, int number, int copy) {
        Person p = person(number);
        SplittableRandom random = random(number, 10 + copy);
        String first = Variants.name(p.firstName(), random);
        String last = Variants.name(p.lastName(), random);
        String father = random.nextDouble() < 0.2 ? null : Variants.name(p.fatherName(), random);
        // one name in four has a typing error, spread over the three names
        double typo = random.nextDouble();
        if (typo < 0.1) {
            first = Variants.typo(first, random);
        } else if (typo < 0.2) {
            last = Variants.typo(last, random);
        } else if (typo < 0.25 && father != null) {
            father = Variants.typo(father, random);
        }
        if (random.nextDouble() < 0.05) {
            String swap = first;
            first = last;
            last = swap;
        }
        LocalDate birth = p.birthDate();
        double dateError = random.nextDouble();
        if (dateError < 0.06) {
            birth = birth.plusDays(random.nextBoolean() ? 1 + random.nextInt(3) : -1 - random.nextInt(3));
        } else if (dateError < 0.10 && birth.getDayOfMonth() <= 12 && birth.getDayOfMonth() != birth.getMonthValue()) {
            birth = LocalDate.of(birth.getYear(), birth.getDayOfMonth(), Math.min(birth.getMonthValue(), 28));
        } else if (dateError < 0.14) {
            birth = birth.plusYears(random.nextBoolean() ? 1 : -1);
        }
        String code = null;
        String documentType = null;
        String documentNumber = null;
        double identifier = random.nextDouble();
        if (identifier < 0.3) {
            // mistyped or another agency's made-up code: valid, but not the person's
            code = Variants.digits(NationalCodes.of(2L * number + 1), random, 0.4);
        } else if (identifier < 0.55) {
            documentType = "BIRTH_CERTIFICATE";
            documentNumber = String.valueOf(1 + random.nextInt(99_999));
        }
        String county = random.nextDouble() < 0.1 ? null : Variants.name(p.county(), random);
        String province = county == null && random.nextBoolean() ? null : p.province();
        return new RegistryRow(row, number, code, documentType, documentNumber, first, last, father,
                Variants.date(birth, random, 0.5), p.male() ? "MALE" : "FEMALE", province, county);
    }

    private SplittableRandom random(long number, int stream) {
        return new SplittableRandom(new Random(seed * 0x9E3779B97F4A7C15L + number * 31 + stream).nextLong());
    }

    /** Province codes in the order of {@link Names#COUNTIES}, checked against the standard list. */
    static {
        for (String code : Names.PROVINCE_CODES) {
            if (!Provinces.isValidCode(code)) {
                throw new IllegalStateException("not a province code: " + code);
            }
        }
        Dates.jalali(LocalDate.of(2000, 1, 1));
    }
}
