package org.hamyar.benchmarks.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import org.hamyar.beneficiaries.duplicate.BlockingKeys;
import org.hamyar.beneficiaries.duplicate.Identity;
import org.hamyar.beneficiaries.person.PersonHasher;
import org.hamyar.beneficiaries.person.Sex;
import org.hamyar.standards.PersianText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The national-scale data set of {@code ./hamyar bench}: persons in households, each household
 * registered by one organisation of Qazvin or Hormozgan, with ten aid records each over the last
 * two years, streamed with PostgreSQL {@code COPY} straight into the beneficiaries-service's tables
 * (every column the migrations require, the person hash and the duplicate finder's blocking keys
 * made with the service's own classes, one membership stretch per person).
 *
 * <p>Ids are made from the row's number ({@link #personId}, {@link #householdId}), so the load
 * driver can name households without reading them back. A marker table, {@code bench_dataset},
 * holds the generator's version and the sizes: a second run with the same sizes keeps the data.
 */
public final class NationalDataset {

    /** Bumped whenever the generator writes different rows: a stored data set of another version is replaced. */
    public static final int GENERATOR_VERSION = 2;
    /** Aid records per household. */
    public static final int AID_PER_HOUSEHOLD = 10;

    /** The organisations households are registered by (the demo organisations of docs/architecture.md). */
    public static final UUID RELIEF_QAZVIN = org(5);
    public static final UUID RURAL_QAZVIN = org(6);
    public static final UUID WELFARE_QAZVIN = org(9);
    public static final UUID WELFARE_HORMOZGAN = org(1);
    /** The first month aid is given in, and how many months follow. */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2024, 12);
    public static final int MONTHS = 24;

    private static final String[] QAZVIN_COUNTIES = {"قزوین", "تاکستان", "البرز", "بوئین‌زهرا", "آبیک", "آوج"};
    private static final String[] HORMOZGAN_COUNTIES = {"بندرعباس", "میناب", "قشم", "بندرلنگه", "جاسک", "رودان"};
    private static final Instant REGISTERED = Instant.parse("2024-06-01T06:30:00Z");

    private final int persons;
    private final int households;
    private final PersonHasher hasher;

    /**
     * @param persons    at least three per household
     * @param secret     the network's person-hash key the service runs with
     */
    public NationalDataset(int persons, int households, String secret) {
        if (persons < 3L * households || households < 1) {
            throw new IllegalArgumentException("at least three persons per household: " + persons + " / " + households);
        }
        this.persons = persons;
        this.households = households;
        this.hasher = new PersonHasher(secret);
    }

    public int persons() {
        return persons;
    }

    public int households() {
        return households;
    }

    public long aidRecords() {
        return (long) households * AID_PER_HOUSEHOLD;
    }

    public static UUID personId(long index) {
        return new UUID(0x0b100000_0000_4000L, 0x8000_0000_0000_0000L | index);
    }

    public static UUID householdId(long index) {
        return new UUID(0x0b200000_0000_4000L, 0x8000_0000_0000_0000L | index);
    }

    static UUID aidId(long index) {
        return new UUID(0x0b300000_0000_4000L, 0x8000_0000_0000_0000L | index);
    }

    static UUID membershipId(long index) {
        return new UUID(0x0b400000_0000_4000L, 0x8000_0000_0000_0000L | index);
    }

    /** The organisation that registered household {@code index}: 40 % relief committee, 20 % each of the others. */
    public static UUID registrant(long index) {
        return switch ((int) (index % 10)) {
            case 0, 1, 2, 3 -> RELIEF_QAZVIN;
            case 4, 5 -> RURAL_QAZVIN;
            case 6, 7 -> WELFARE_QAZVIN;
            default -> WELFARE_HORMOZGAN;
        };
    }

    /** How many persons household {@code index} has: four for the first ones, three for the rest. */
    private int size(long index) {
        long fours = persons - 3L * households;
        return index < Math.min(fours, households) ? 4 : 3;
    }

    /** The first person of household {@code index}: its head. */
    public long firstPerson(long index) {
        long fours = Math.min(persons - 3L * households, households);
        return index < fours ? 4 * index : 4 * fours + 3 * (index - fours);
    }

    /** The persons of household {@code index}, head first. */
    public List<UUID> members(long index) {
        long first = firstPerson(index);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < size(index); i++) {
            ids.add(personId(first + i));
        }
        return ids;
    }

    /** The data set in the database is this one (generator version and sizes). */
    public boolean presentIn(String jdbcUrl, String user, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_dataset (generator integer not null, persons integer not null,"
                    + " households integer not null, loaded_at timestamptz not null)");
            try (ResultSet r = s.executeQuery("select generator, persons, households from bench_dataset")) {
                return r.next() && r.getInt(1) == GENERATOR_VERSION && r.getInt(2) == persons && r.getInt(3) == households;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read bench_dataset: " + e.getMessage(), e);
        }
    }

    /** The tables the data set fills, with the columns written. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("person", "id, national_code, person_hash, first_name, last_name, father_name, first_name_normalized,"
                + " last_name_normalized, father_name_normalized, birth_date, sex, province_code, county, rural,"
                + " registered_by_organization_id, registered_at, dup_key_names, dup_key_last, dup_key_first, dup_key_father");
        TABLES.put("person_registration", "person_id, organization_id, registered_at, first_name, last_name, father_name,"
                + " first_name_normalized, last_name_normalized, father_name_normalized, birth_date, sex, province_code,"
                + " county, rural");
        TABLES.put("household", "id, head_person_id, province_code, county, rural, registered_by_organization_id, registered_at");
        TABLES.put("household_member", "household_id, person_id, relation");
        TABLES.put("household_registration", "household_id, organization_id, registered_at, province_code, county, rural,"
                + " head_person_id");
        TABLES.put("household_registration_member", "household_id, organization_id, person_id, relation");
        TABLES.put("household_membership", "id, household_id, person_id, head, relation, valid_from,"
                + " started_by_organization_id, started_by");
        TABLES.put("aid", "id, household_id, category, amount_rials, quantity, period_start, period_end,"
                + " provider_organization_id, status, province_code, county, rural, recorded_by, recorded_at");
    }

    /**
     * Replaces the tables' rows by the data set: the secondary indexes are dropped, every table is
     * filled by its own {@code COPY} in one pass over the households, then the indexes are built
     * again (faster than keeping them up to date row by row, see docs/benchmarks.md), and the
     * marker is written last, so an interrupted load is redone.
     */
    public void load(String jdbcUrl, String user, String password, Consumer<String> progress) {
        load(jdbcUrl, user, password, false, progress);
    }

    /**
     * {@code java -cp … NationalDataset <persons> [--keep-indexes]}: loads the data set into the
     * existing beneficiaries_bench database (its schema made by the service) and prints the times;
     * how docs/benchmarks.md compares dropping the indexes with keeping them.
     */
    public static void main(String[] args) {
        int persons = Integer.parseInt(args[0].replace("_", ""));
        boolean keep = args.length > 1 && args[1].equals("--keep-indexes");
        String url = System.getProperty("bench.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/beneficiaries_bench");
        long start = System.nanoTime();
        new NationalDataset(persons, (int) (persons * 0.3), System.getProperty("bench.person-hash-secret",
                "local-demo-person-hash-secret-never-use-in-production"))
                .load(url, System.getProperty("bench.user", "postgres"), System.getProperty("bench.password", ""), keep,
                        System.out::println);
        System.out.printf("loaded in %.1f s (%s)%n", (System.nanoTime() - start) / 1e9, keep ? "indexes kept" : "indexes dropped and rebuilt");
    }

    /** @param keepIndexes COPY into the indexed tables instead of dropping the indexes and building them after */
    public void load(String jdbcUrl, String user, String password, boolean keepIndexes, Consumer<String> progress) {
        try (Connection admin = DriverManager.getConnection(jdbcUrl, user, password); Statement s = admin.createStatement()) {
            s.execute("delete from bench_dataset");
            s.execute("truncate " + String.join(", ", TABLES.keySet())
                    + ", overlap_detection, overlap_override, record_read, record_read_registrant, duplicate_flag,"
                    + " enrolment, referral cascade");
            List<String[]> indexes = new ArrayList<>();
            try (ResultSet r = keepIndexes ? s.executeQuery("select 1 where false") : s.executeQuery("select i.indexname, i.indexdef from pg_indexes i where i.schemaname = 'public'"
                    + " and i.tablename = any(array['" + String.join("','", TABLES.keySet()) + "'])"
                    + " and not exists (select 1 from pg_constraint c where c.conname = i.indexname)")) {
                while (r.next()) {
                    indexes.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            for (String[] index : indexes) {
                s.execute("drop index " + index[0]);
            }
            long start = System.nanoTime();
            copy(jdbcUrl, user, password);
            progress.accept("copied %,d persons, %,d households, %,d aid records in %.1f s".formatted(
                    persons, households, aidRecords(), (System.nanoTime() - start) / 1e9));
            start = System.nanoTime();
            s.execute("set maintenance_work_mem = '256MB'");
            for (String[] index : indexes) {
                s.execute(index[1]);
            }
            s.execute("analyze " + String.join(", ", TABLES.keySet()));
            progress.accept("built %d indexes and analysed in %.1f s".formatted(indexes.size(), (System.nanoTime() - start) / 1e9));
            s.execute("insert into bench_dataset (generator, persons, households, loaded_at) values ("
                    + GENERATOR_VERSION + ", " + persons + ", " + households + ", now())");
        } catch (SQLException e) {
            throw new IllegalStateException("loading the data set failed: " + e.getMessage(), e);
        }
    }

    private void copy(String jdbcUrl, String user, String password) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        Map<String, Copy> copies = new LinkedHashMap<>();
        try {
            for (var table : TABLES.entrySet()) {
                Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                connections.add(c);
                try (Statement s = c.createStatement()) {
                    // the rows are consistent by construction: no foreign-key trigger per row
                    s.execute("set session_replication_role = replica");
                }
                copies.put(table.getKey(), new Copy(c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy " + table.getKey() + " (" + table.getValue() + ") from stdin")));
            }
            SplittableRandom random = new SplittableRandom(1405);
            for (long h = 0; h < households; h++) {
                household(h, random, copies);
            }
            for (Copy copy : copies.values()) {
                copy.end();
            }
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private void household(long h, SplittableRandom random, Map<String, Copy> copies) {
        UUID org = registrant(h);
        boolean hormozgan = org.equals(WELFARE_HORMOZGAN);
        String province = hormozgan ? "22" : "26";
        String county = (hormozgan ? HORMOZGAN_COUNTIES : QAZVIN_COUNTIES)[random.nextInt(6)];
        boolean rural = random.nextInt(3) == 0;
        Instant registered = REGISTERED.plusSeconds(random.nextLong(180L * 86_400));
        String at = registered.toString();
        UUID household = householdId(h);
        long first = firstPerson(h);
        int size = size(h);
        String familyName = Names.lastName(random);
        boolean femaleHeaded = random.nextInt(7) == 0;
        String headFirst = Names.pick(femaleHeaded ? Names.FEMALE : Names.MALE, random);
        String headFather = Names.pick(Names.MALE, random);
        LocalDate headBorn = LocalDate.of(1955 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        for (int i = 0; i < size; i++) {
            long p = first + i;
            UUID person = personId(p);
            String firstName;
            String lastName = familyName;
            String father;
            Sex sex;
            LocalDate born;
            String relation;
            if (i == 0) {
                firstName = headFirst;
                father = headFather;
                sex = femaleHeaded ? Sex.FEMALE : Sex.MALE;
                born = headBorn;
                relation = null;
            } else if (i == 1 && !femaleHeaded) {
                sex = Sex.FEMALE;
                firstName = Names.pick(Names.FEMALE, random);
                lastName = Names.lastName(random);
                father = Names.pick(Names.MALE, random);
                born = headBorn.plusYears(random.nextInt(8)).plusDays(random.nextInt(300));
                relation = "SPOUSE";
            } else {
                sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                firstName = Names.pick(sex == Sex.MALE ? Names.MALE : Names.FEMALE, random);
                father = femaleHeaded ? Names.pick(Names.MALE, random) : headFirst;
                born = LocalDate.of(Math.min(2022, headBorn.getYear() + 20 + random.nextInt(15)), 1 + random.nextInt(12),
                        1 + random.nextInt(28));
                relation = "CHILD";
            }
            String code = NationalCodes.of(100_000_000L + p); // apart from the registry files' codes (2n, 2n + 1)
            String fn = PersianText.normalize(firstName);
            String ln = PersianText.normalize(lastName);
            String fa = PersianText.normalize(father);
            BlockingKeys.Stored keys = BlockingKeys.stored(Identity.of(fn, ln, fa, born, sex, province, county));
            copies.get("person").row(person, code, hasher.hash(code), firstName, lastName, father, fn, ln, fa, born,
                    sex.name(), province, county, rural, org, at, keys.names(), keys.last(), keys.first(), keys.father());
            copies.get("person_registration").row(person, org, at, firstName, lastName, father, fn, ln, fa, born,
                    sex.name(), province, county, rural);
            if (i == 0) {
                copies.get("household").row(household, person, province, county, rural, org, at);
                copies.get("household_registration").row(household, org, at, province, county, rural, person);
            } else {
                copies.get("household_member").row(household, person, relation);
                copies.get("household_registration_member").row(household, org, person, relation);
            }
            copies.get("household_membership").row(membershipId(p), household, person, i == 0, relation, at, org,
                    "bench-generator");
        }
        aid(h, household, org, province, county, rural, random, copies.get("aid"));
    }

    /**
     * Ten aid records: monthly stipends in six of the 24 months (some from the partner organisation,
     * as overlaps happen), two food baskets, a cash grant and a pilgrimage.
     */
    private static void aid(long h, UUID household, UUID org, String province, String county, boolean rural,
                            SplittableRandom random, Copy copy) {
        UUID partner = org.equals(RELIEF_QAZVIN) ? RURAL_QAZVIN : org.equals(RURAL_QAZVIN) ? RELIEF_QAZVIN : org;
        for (int k = 0; k < AID_PER_HOUSEHOLD; k++) {
            String category;
            LocalDate start;
            LocalDate end = null;
            long amount;
            YearMonth month = FIRST_MONTH.plusMonths(random.nextInt(MONTHS));
            if (k < 6) {
                category = "MONTHLY_STIPEND";
                start = month.atDay(1);
                end = month.atEndOfMonth();
                amount = 25_000_000L + 1_000_000L * random.nextInt(20);
            } else if (k < 8) {
                category = "FOOD_BASKET";
                start = month.atDay(1 + random.nextInt(28));
                amount = 0;
            } else if (k == 8) {
                category = "CASH_GRANT";
                start = month.atDay(1 + random.nextInt(28));
                amount = 50_000_000L + 5_000_000L * random.nextInt(10);
            } else {
                category = "PILGRIMAGE";
                start = month.atDay(1 + random.nextInt(28));
                amount = 120_000_000L;
            }
            UUID provider = random.nextInt(5) == 0 ? partner : org;
            String recorded = start.atTime(9, 0).toInstant(ZoneOffset.UTC).toString();
            copy.row(aidId(h * AID_PER_HOUSEHOLD + k), household, category, amount, 1, start, end, provider, "DELIVERED",
                    province, county, rural, "bench-generator", recorded);
        }
    }

    private static UUID org(int number) {
        return UUID.fromString("0a000000-0000-4000-8000-0000000000%02d".formatted(number));
    }

    /** One table's COPY, its text rows buffered and sent in 256 KB pieces. */
    private static final class Copy {
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(1 << 18);

        Copy(CopyIn in) {
            this.in = in;
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else if (v instanceof Boolean b) {
                    buffer.append(b ? 't' : 'f');
                } else {
                    buffer.append(v);
                }
            }
            buffer.append('\n');
            if (buffer.length() > (1 << 18)) {
                flush();
            }
        }

        private void flush() {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }

        void end() throws SQLException {
            flush();
            in.endCopy();
        }
    }
}
