package org.hamyar.beneficiaries.imports.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import java.time.Clock;

import org.hamyar.beneficiaries.duplicate.BlockingKeys;
import org.hamyar.beneficiaries.duplicate.Match;
import org.hamyar.beneficiaries.duplicate.service.DuplicateService;
import org.hamyar.beneficiaries.enrolment.Enrolment;
import org.hamyar.beneficiaries.enrolment.event.EnrolmentEventMapper;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.Household;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.household.event.HouseholdEventMapper;
import org.hamyar.beneficiaries.imports.FileRow;
import org.hamyar.beneficiaries.imports.ImportDuplicates;
import org.hamyar.beneficiaries.imports.ImportPlan;
import org.hamyar.beneficiaries.imports.RowOutcome;
import org.hamyar.beneficiaries.imports.RowReason;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.beneficiaries.person.PersonHasher;
import org.hamyar.beneficiaries.person.event.PersonEventMapper;
import org.hamyar.beneficiaries.storage.TimeOrderedIds;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.events.beneficiaries.EnrolmentCreated;
import org.hamyar.events.beneficiaries.HouseholdRegistered;
import org.hamyar.events.beneficiaries.PersonRegistered;
import org.hamyar.outbox.EventOutbox;
import org.hamyar.standards.PersianText;

/**
 * Writes one chunk of households of an import in the caller's transaction, with the same rows and
 * events a registration writes ({@code PersonService}, {@code HouseholdService}): a person's
 * identity once per national code and the organisation's own version of it; a household once per
 * head and the organisation's version with its head and members; the persons' household
 * membership as {@code Memberships.place} keeps it (a person placed in another household than the one
 * they belong to moves: the old stretch ends MOVED); the household's enrolment in its category from
 * the day of the import, as {@code EnrolmentService.enrolRegistered}; the blocking keys of new
 * identities and the flags of their probable duplicates, as {@code PersonService} and
 * {@code DuplicateService} record them; {@code PersonRegistered}, {@code HouseholdRegistered} and
 * {@code EnrolmentCreated}. A fixed number of statements per chunk whatever its size: the job's row
 * lock, the national codes' locks, one lookup each for persons, own versions, households and own
 * household versions, the duplicate finder, one multi-row insert per table, the households' locks
 * and their present stretches, one statement per membership change, the enrolments' locks and
 * insert, one outbox batch per event type, the row results and the progress.
 */
@ApplicationScoped
public class ChunkWriter {

    /** The key space of PersonRepository.lockNationalCode: an import and a registration of one code take turns. */
    private static final String LOCK_CODES = """
            select count(pg_advisory_xact_lock(hashtextextended(c, 20250001)))
            from (select c from unnest(?::text[]) as c order by c) as sorted""";

    private static final String PERSONS_BY_HASH = """
            select id, person_hash, first_name_normalized, last_name_normalized, father_name_normalized, birth_date
            from person where person_hash = any(?::bpchar[])""";

    private static final String OWN_VERSIONS = """
            select person_id from person_registration where organization_id = ? and person_id = any(?::uuid[])""";

    /** The households these persons head now (their open stretch is as its head), as HouseholdRepository.findByHead. */
    private static final String HOUSEHOLDS_BY_HEAD = """
            select household_id, person_id from household_membership
            where person_id = any(?::uuid[]) and valid_to is null and head""";

    /**
     * The households the chunk places persons in and those its known persons belong to now, locked
     * in the order of their ids (as Memberships.lockFor), in one statement. The ids are one array
     * and one primary-key range each: {@code id = any(?) or id in (select …)} cannot use the index and
     * compared every household of the registry with every id of the chunk.
     */
    private static final String LOCK_HOUSEHOLDS = """
            select id from household
            where id = any(?::uuid[] || array(select household_id from household_membership
                                              where person_id = any(?::uuid[]) and valid_to is null))
            order by id for update""";

    /** The persons' present stretches, read under the households' locks. */
    private static final String CURRENT_STRETCHES = """
            select id, person_id, household_id, head, relation from household_membership
            where person_id = any(?::uuid[]) and valid_to is null""";

    private static final String OWN_HOUSEHOLD_VERSIONS = """
            select household_id from household_registration where organization_id = ? and household_id = any(?::uuid[])""";

    private static final String INSERT_PERSONS = """
            insert into person (id, national_code, person_hash, first_name, last_name, father_name,
                first_name_normalized, last_name_normalized, father_name_normalized, birth_date, sex,
                disability_type, disability_severity, phone, province_code, county, village, rural,
                dup_key_names, dup_key_last, dup_key_first, dup_key_father,
                registered_by_organization_id, registered_at)
            select p.id::uuid, p.code, p.hash, p.first_name, p.last_name, p.father_name, p.first_n, p.last_n, p.father_n,
                p.birth_date::date, p.sex, p.disability_type, p.disability_severity, p.phone, p.province, p.county,
                p.village, p.rural::boolean, p.key_names, p.key_last, p.key_first, p.key_father, ?, ?
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[])
              as p(id, code, hash, first_name, last_name, father_name, first_n, last_n, father_n, birth_date, sex,
                   disability_type, disability_severity, phone, province, county, village, rural,
                   key_names, key_last, key_first, key_father)""";

    private static final String INSERT_VERSIONS = """
            insert into person_registration (person_id, organization_id, registered_at, first_name, last_name, father_name,
                first_name_normalized, last_name_normalized, father_name_normalized, birth_date, sex,
                disability_type, disability_severity, phone, province_code, county, village, rural, identity_disputed)
            select p.id::uuid, ?, ?, p.first_name, p.last_name, p.father_name, p.first_n, p.last_n, p.father_n,
                p.birth_date::date, p.sex, p.disability_type, p.disability_severity, p.phone, p.province, p.county,
                p.village, p.rural::boolean, p.disputed::boolean
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              as p(id, first_name, last_name, father_name, first_n, last_n, father_n, birth_date, sex,
                   disability_type, disability_severity, phone, province, county, village, rural, disputed)""";

    private static final String INSERT_HOUSEHOLDS = """
            insert into household (id, head_person_id, province_code, county, village, rural,
                registered_by_organization_id, registered_at)
            select h.id::uuid, h.head::uuid, h.province, h.county, h.village, h.rural::boolean, ?, ?
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              as h(id, head, province, county, village, rural)""";

    private static final String INSERT_HOUSEHOLD_VERSIONS = """
            insert into household_registration (household_id, organization_id, enrolment_category, registered_at,
                head_person_id, province_code, county, village, rural)
            select h.id::uuid, ?, h.category, ?, h.head::uuid, h.province, h.county, h.village, h.rural::boolean
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              as h(id, category, head, province, county, village, rural)""";

    /** Ends present stretches: MOVED (to another household) or CHANGED (another relation), as Memberships.place. */
    private static final String END_STRETCHES = """
            update household_membership m set valid_to = ?, ended_by_organization_id = ?, ended_by = ?, end_reason = e.reason
            from unnest(?::text[], ?::text[]) as e(id, reason)
            where m.id = e.id::uuid and m.valid_to is null""";

    private static final String INSERT_STRETCHES = """
            insert into household_membership (id, household_id, person_id, head, relation, valid_from, started_by_organization_id,
                started_by, valid_to, ended_by_organization_id, ended_by, end_reason)
            select s.id::uuid, s.household::uuid, s.person::uuid, s.relation is null, s.relation, ?, ?, ?,
                case when s.end_reason is null then null else ?::timestamptz end,
                case when s.end_reason is null then null else ?::uuid end,
                case when s.end_reason is null then null else ?::text end, s.end_reason
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as s(id, household, person, relation, end_reason)""";

    /**
     * Present members besides the head who are no longer there (moved, or head it now). A semi-join
     * on the pairs, each looked up by the index: a join with {@code unnest} hashed the whole table.
     */
    private static final String DELETE_PRESENT_MEMBERS = """
            delete from household_member m
            where (m.household_id, m.person_id) in (select d.household::uuid, d.person::uuid
                                                    from unnest(?::text[], ?::text[]) as d(household, person))""";

    private static final String UPSERT_PRESENT_MEMBERS = """
            insert into household_member (household_id, person_id, relation)
            select m.household::uuid, m.person::uuid, m.relation from unnest(?::text[], ?::text[], ?::text[]) as m(household, person, relation)
            on conflict (household_id, person_id) do update set relation = excluded.relation""";

    /** The importing organisation's versions of the households its persons moved out of no longer list them. */
    private static final String DELETE_VERSION_MEMBERS = """
            delete from household_registration_member m
            where m.organization_id = ?
              and (m.household_id, m.person_id) in (select d.household::uuid, d.person::uuid
                                                    from unnest(?::text[], ?::text[]) as d(household, person))""";

    private static final String UPSERT_VERSION_MEMBERS = """
            insert into household_registration_member (household_id, organization_id, person_id, relation)
            select m.household::uuid, ?, m.person::uuid, m.relation from unnest(?::text[], ?::text[], ?::text[]) as m(household, person, relation)
            on conflict (household_id, organization_id, person_id) do update set relation = excluded.relation""";

    /** The key space of EnrolmentRepository.lock: an import and an enrolment of one household and category take turns. */
    private static final String LOCK_ENROLMENTS = """
            select count(pg_advisory_xact_lock(hashtextextended(k, 20261129)))
            from (select k from unnest(?::text[]) as k order by k) as sorted""";

    /**
     * The open enrolment a household registration's category stands for (EnrolmentService.enrolRegistered),
     * unless the organisation already enrols the household in the category that day.
     */
    private static final String INSERT_ENROLMENTS = """
            insert into enrolment (id, organization_id, household_id, category, start_date, created_by, created_at)
            select e.id::uuid, ?, e.household::uuid, e.category, ?, ?, ?
            from unnest(?::text[], ?::text[], ?::text[]) as e(id, household, category)
            where not exists (select 1 from enrolment x
                              where x.household_id = e.household::uuid and x.organization_id = ? and x.category = e.category
                                and (x.end_date is null or x.end_date >= ?) and x.start_date <= ?)
            returning id""";

    /** Probable duplicates of new identities, as DuplicateFlagRepository.flagIfNew: a pair flagged before stays as it is. */
    private static final String INSERT_FLAGS = """
            insert into duplicate_flag (id, person_id, candidate_id, score, agreeing_fields, status, flagged_at)
            select f.id::uuid, f.person::uuid, f.candidate::uuid, f.score::numeric, f.fields::text[], 'OPEN', ?
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as f(id, person, candidate, score, fields)
            on conflict do nothing""";

    private static final String INSERT_RESULTS = """
            insert into import_row (job_id, row_number, household_key, outcome, reasons, person_id, household_id,
                duplicate_of_row, duplicate_of_person_id)
            select ?, r.line::integer, r.household, r.outcome, r.reasons::jsonb, r.person::uuid, r.household_id::uuid,
                r.duplicate_of_row::integer, r.duplicate_of_person::uuid
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              as r(line, household, outcome, reasons, person, household_id, duplicate_of_row, duplicate_of_person)""";

    private static final String OWN_JOB = "select claim_token, uploaded_by from import_job where id = ? for update";

    private static final String PROGRESS = """
            update import_job set rows_done = rows_done + ?, groups_done = groups_done + ?,
                created_count = created_count + ?, matched_count = matched_count + ?,
                duplicate_count = duplicate_count + ?, rejected_count = rejected_count + ?, lease_until = ?
            where id = ? and claim_token = ?""";

    private final AgroalDataSource dataSource;
    private final PersonHasher hasher;
    private final EventOutbox outbox;
    private final ImportDuplicates duplicates;
    private final ObjectMapper json;
    private final Clock clock;

    ChunkWriter(AgroalDataSource dataSource, PersonHasher hasher, EventOutbox outbox, ImportDuplicates duplicates,
                ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.hasher = hasher;
        this.outbox = outbox;
        this.duplicates = duplicates;
        this.json = json;
    }

    /** Another worker took the job over (this one's lease ran out): the chunk must not commit. */
    public static final class ClaimLost extends RuntimeException {
        ClaimLost(UUID job) {
            super("Import job " + job + " is no longer held by this worker");
        }
    }

    /** Who imports, and the job the chunk belongs to. */
    public record Job(UUID id, UUID claimToken, UUID organization, Instant now, Instant leaseUntil) {
    }

    /**
     * Writes the chunk, its row results and the job's progress.
     *
     * @return rows written per outcome
     * @throws ClaimLost when the job is no longer this worker's; nothing of the chunk is then written
     */
    @Transactional(TxType.MANDATORY)
    public Map<RowOutcome, Integer> write(Job job, List<ImportPlan.Group> chunk) throws SQLException {
        // within a JTA transaction Agroal hands out the connection enlisted in it (as EventOutbox relies on)
        try (Connection connection = dataSource.getConnection()) {
            String importer = claim(connection, job);
            return new Chunk(connection, job, importer, chunk).write();
        }
    }

    /** @return who uploaded the file: the import's changes are theirs, as a registration's are its author's */
    private static String claim(Connection connection, Job job) throws SQLException {
        try (PreparedStatement own = connection.prepareStatement(OWN_JOB)) {
            own.setObject(1, job.id());
            try (ResultSet row = own.executeQuery()) {
                if (!row.next() || !job.claimToken().equals(row.getObject(1, UUID.class))) {
                    throw new ClaimLost(job.id());
                }
                return row.getString(2);
            }
        }
    }

    /** A person placed in a household by the chunk: its head when {@code relation} is null. */
    private record Placement(UUID household, UUID person, Relation relation) {
    }

    /** A person's present stretch: stored ({@code id}), or opened by this chunk ({@code pending}). */
    private record Stretch(UUID id, UUID household, boolean head, String relation, Integer pending) {
    }

    private record Identity(UUID id, String firstName, String lastName, String fatherName, LocalDate birthDate) {
    }

    /** One chunk's state while it is written. */
    private final class Chunk {

        private final Connection connection;
        private final Job job;
        private final String importer;
        private final LocalDate today;
        private final List<ImportPlan.Group> groups;
        private final Map<Integer, String> hashes = new HashMap<>();
        private Map<String, Identity> identities = Map.of();
        private Set<UUID> ownVersions = Set.of();
        private Map<UUID, UUID> householdsByHead = Map.of();
        private Set<UUID> ownHouseholds = Set.of();
        private Map<Integer, UUID> probable = Map.of();
        private Map<Integer, List<Match>> flagged = Map.of();

        private final ArrayInsert persons = new ArrayInsert(INSERT_PERSONS, 22);
        private final ArrayInsert versions = new ArrayInsert(INSERT_VERSIONS, 17);
        private final ArrayInsert households = new ArrayInsert(INSERT_HOUSEHOLDS, 6);
        private final ArrayInsert householdVersions = new ArrayInsert(INSERT_HOUSEHOLD_VERSIONS, 7);
        private final ArrayInsert flags = new ArrayInsert(INSERT_FLAGS, 5);
        private final List<Placement> placements = new ArrayList<>();
        private final Map<UUID, EnrolmentCategory> enrolling = new java.util.LinkedHashMap<>();
        private final ArrayInsert results = new ArrayInsert(INSERT_RESULTS, 8);
        private final List<PersonRegistered> personEvents = new ArrayList<>();
        private final List<HouseholdRegistered> householdEvents = new ArrayList<>();
        private final Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);

        Chunk(Connection connection, Job job, String importer, List<ImportPlan.Group> groups) {
            this.connection = connection;
            this.job = job;
            this.importer = importer;
            this.today = LocalDate.ofInstant(job.now(), clock.getZone());
            this.groups = groups;
            for (RowOutcome outcome : RowOutcome.values()) {
                counts.put(outcome, 0);
            }
        }

        Map<RowOutcome, Integer> write() throws SQLException {
            List<FileRow> stored = new ArrayList<>();
            Map<Integer, Address> addresses = new HashMap<>();
            for (ImportPlan.Group group : groups) {
                Address household = group.head() == null ? null : group.head().row().person().address();
                for (ImportPlan.PlannedRow planned : group.rows()) {
                    if (planned.store()) {
                        FileRow row = planned.row();
                        stored.add(row);
                        addresses.put(row.line(), row.person().address() != null ? row.person().address() : household);
                    }
                }
            }
            lookUp(stored, addresses);
            for (ImportPlan.Group group : groups) {
                write(group);
            }
            persons.execute(connection, job.organization(), utc(job.now()));
            versions.execute(connection, job.organization(), utc(job.now()));
            households.execute(connection, job.organization(), utc(job.now()));
            householdVersions.execute(connection, job.organization(), utc(job.now()));
            flags.execute(connection, utc(job.now()));
            place();
            enrol();
            if (!personEvents.isEmpty()) {
                outbox.publishAll(BeneficiaryEvents.PERSON_REGISTERED, personEvents, e -> e.personId().toString());
            }
            if (!householdEvents.isEmpty()) {
                outbox.publishAll(BeneficiaryEvents.HOUSEHOLD_REGISTERED, householdEvents, e -> e.householdId().toString());
            }
            results.execute(connection, job.id());
            progress();
            return counts;
        }

        private void lookUp(List<FileRow> stored, Map<Integer, Address> addresses) throws SQLException {
            if (stored.isEmpty()) {
                return;
            }
            List<String> codes = stored.stream().map(FileRow::nationalCode).sorted().toList();
            try (PreparedStatement lock = connection.prepareStatement(LOCK_CODES)) {
                lock.setArray(1, connection.createArrayOf("text", codes.toArray()));
                lock.executeQuery().close();
            }
            for (FileRow row : stored) {
                hashes.put(row.line(), hasher.hash(row.nationalCode()));
            }
            identities = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(PERSONS_BY_HASH)) {
                query.setArray(1, connection.createArrayOf("text", hashes.values().toArray()));
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        identities.put(found.getString(2), new Identity(found.getObject(1, UUID.class), found.getString(3),
                                found.getString(4), found.getString(5), found.getObject(6, LocalDate.class)));
                    }
                }
            }
            List<UUID> known = identities.values().stream().map(Identity::id).toList();
            ownVersions = ids(OWN_VERSIONS, job.organization(), known);
            householdsByHead = new HashMap<>();
            if (!known.isEmpty()) {
                try (PreparedStatement query = connection.prepareStatement(HOUSEHOLDS_BY_HEAD)) {
                    query.setArray(1, connection.createArrayOf("uuid", known.toArray()));
                    try (ResultSet found = query.executeQuery()) {
                        while (found.next()) {
                            householdsByHead.put(found.getObject(2, UUID.class), found.getObject(1, UUID.class));
                        }
                    }
                }
            }
            ownHouseholds = ids(OWN_HOUSEHOLD_VERSIONS, job.organization(), householdsByHead.values());
            List<ImportDuplicates.Candidate> candidates = stored.stream()
                    .map(row -> new ImportDuplicates.Candidate(row, existing(row).map(Identity::id).orElse(null),
                            addresses.get(row.line())))
                    .toList();
            ImportDuplicates.Found found = duplicates.probableDuplicates(connection, job.organization(), candidates);
            probable = found.shown();
            flagged = found.flagged();
        }

        private Set<UUID> ids(String sql, UUID organization, java.util.Collection<UUID> among) throws SQLException {
            Set<UUID> ids = new HashSet<>();
            if (among.isEmpty()) {
                return ids;
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setObject(1, organization);
                query.setArray(2, connection.createArrayOf("uuid", among.toArray()));
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        ids.add(found.getObject(1, UUID.class));
                    }
                }
            }
            return ids;
        }

        private java.util.Optional<Identity> existing(FileRow row) {
            return java.util.Optional.ofNullable(identities.get(hashes.get(row.line())));
        }

        private void write(ImportPlan.Group group) throws SQLException {
            ImportPlan.PlannedRow headRow = group.head();
            if (headRow == null) {
                group.rows().forEach(r -> result(r, null, null));
                return;
            }
            FileRow head = headRow.row();
            Address address = head.person().address();
            Resolved headPerson = resolve(head, address);
            UUID existingHousehold = headPerson.existed ? householdsByHead.get(headPerson.id) : null;
            UUID householdId;
            boolean newVersion;
            if (existingHousehold != null) {
                householdId = existingHousehold;
                // the organisation registered it before: its version stays as it is (changes are updates)
                newVersion = !ownHouseholds.contains(existingHousehold);
            } else {
                householdId = TimeOrderedIds.next();
                newVersion = true;
                households.add(householdId, headPerson.id, address.provinceCode, address.county, address.village, address.rural);
            }
            if (newVersion) {
                householdVersions.add(householdId, head.enrolmentCategory() == null ? null : head.enrolmentCategory().name(),
                        headPerson.id, address.provinceCode, address.county, address.village, address.rural);
                // as a registration: the category is an enrolment from today, the head and members move here
                if (head.enrolmentCategory() != null) {
                    enrolling.put(householdId, head.enrolmentCategory());
                }
                placements.add(new Placement(householdId, headPerson.id, null));
            }
            int memberCount = 0;
            for (ImportPlan.PlannedRow planned : group.rows()) {
                if (planned == headRow) {
                    result(planned, headPerson, householdId);
                } else if (!planned.store()) {
                    result(planned, null, null);
                } else {
                    Resolved member = resolve(planned.row(), address);
                    if (newVersion) {
                        placements.add(new Placement(householdId, member.id, planned.row().relation()));
                        memberCount++;
                        result(planned, member, householdId);
                    } else {
                        // the person is imported; the organisation's household stays as it registered it
                        result(planned.withReason(new RowReason("household", "household-unchanged",
                                "your organisation registered this household before; its members change by an update")),
                                member, null);
                    }
                }
            }
            if (existingHousehold == null) {
                Household household = new Household();
                household.id = householdId;
                household.headPersonId = headPerson.id;
                household.address = address;
                household.registeredByOrganizationId = job.organization();
                household.registeredAt = job.now();
                Person headIdentity = new Person();
                headIdentity.id = headPerson.id;
                headIdentity.personHash = hashes.get(head.line());
                householdEvents.add(HouseholdEventMapper.registered(household, headIdentity, memberCount, head.enrolmentCategory()));
            }
        }

        /** The person of a stored row: linked to a known identity or new, with the organisation's version unless it had one. */
        private Resolved resolve(FileRow row, Address householdAddress) {
            PersonDetails d = row.person();
            Address address = d.address() != null ? d.address() : householdAddress;
            String first = PersianText.normalize(d.firstName());
            String last = PersianText.normalize(d.lastName());
            String father = d.fatherName() == null ? null : PersianText.normalize(d.fatherName());
            Identity identity = existing(row).orElse(null);
            if (identity != null && ownVersions.contains(identity.id())) {
                return new Resolved(identity.id(), true, RowOutcome.MATCHED_EXISTING);
            }
            UUID id;
            boolean disputed;
            if (identity != null) {
                id = identity.id();
                // kept as this organisation's version, flagged for review, as a registration does
                disputed = !first.equals(identity.firstName()) || !last.equals(identity.lastName())
                        || !Objects.equals(father, identity.fatherName()) || !d.birthDate().equals(identity.birthDate());
            } else {
                id = TimeOrderedIds.next();
                disputed = false;
                String hash = hashes.get(row.line());
                Person person = new Person();
                person.id = id;
                person.personHash = hash;
                person.address = address;
                person.firstNameNormalized = first;
                person.lastNameNormalized = last;
                person.fatherNameNormalized = father;
                person.birthDate = d.birthDate();
                person.sex = d.sex();
                // the duplicate finder's blocking keys, as PersonService stores them
                BlockingKeys.Stored keys = BlockingKeys.stored(DuplicateService.identity(person));
                persons.add(id, row.nationalCode(), hash, d.firstName(), d.lastName(), d.fatherName(), first, last, father,
                        d.birthDate(), d.sex().name(), name(d.disabilityType()), name(d.disabilitySeverity()), d.phone(),
                        address.provinceCode, address.county, address.village, address.rural,
                        keys.names(), keys.last(), keys.first(), keys.father());
                for (Match match : flagged.getOrDefault(row.line(), List.of())) {
                    flags.add(TimeOrderedIds.next(), id, match.personId(), java.math.BigDecimal.valueOf(match.score()),
                            "{" + String.join(",", match.agreeingFields()) + "}");
                }
                person.registeredByOrganizationId = job.organization();
                person.registeredAt = job.now();
                personEvents.add(PersonEventMapper.registered(person));
            }
            versions.add(id, d.firstName(), d.lastName(), d.fatherName(), first, last, father, d.birthDate(), d.sex().name(),
                    name(d.disabilityType()), name(d.disabilitySeverity()), d.phone(),
                    address.provinceCode, address.county, address.village, address.rural, disputed);
            return new Resolved(id, identity != null, RowOutcome.CREATED);
        }

        /**
         * Memberships.place for every placement of the chunk, in batch: the households involved
         * locked in id order, the persons' present stretches read under the locks, then one
         * statement per kind of change.
         */
        private void place() throws SQLException {
            if (placements.isEmpty()) {
                return;
            }
            Set<UUID> targets = new HashSet<>();
            Set<UUID> people = new HashSet<>();
            placements.forEach(p -> {
                targets.add(p.household());
                people.add(p.person());
            });
            try (PreparedStatement lock = connection.prepareStatement(LOCK_HOUSEHOLDS)) {
                lock.setArray(1, connection.createArrayOf("uuid", targets.toArray()));
                lock.setArray(2, connection.createArrayOf("uuid", people.toArray()));
                lock.executeQuery().close();
            }
            Map<UUID, Stretch> current = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(CURRENT_STRETCHES)) {
                query.setArray(1, connection.createArrayOf("uuid", people.toArray()));
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        current.put(found.getObject(2, UUID.class), new Stretch(found.getObject(1, UUID.class),
                                found.getObject(3, UUID.class), found.getBoolean(4), found.getString(5), null));
                    }
                }
            }
            ArrayInsert ends = new ArrayInsert(END_STRETCHES, 2);
            List<String[]> opened = new ArrayList<>();
            Map<List<UUID>, String> presentUpserts = new java.util.LinkedHashMap<>();
            Set<List<UUID>> presentDeletes = new java.util.LinkedHashSet<>();
            Map<List<UUID>, String> versionUpserts = new java.util.LinkedHashMap<>();
            Set<List<UUID>> versionDeletes = new java.util.LinkedHashSet<>();
            for (Placement p : placements) {
                boolean head = p.relation() == null;
                String relation = name(p.relation());
                Stretch was = current.get(p.person());
                if (was != null) {
                    if (was.household().equals(p.household()) && was.head() == head && Objects.equals(was.relation(), relation)) {
                        continue;
                    }
                    boolean moving = !was.household().equals(p.household());
                    String reason = moving ? "MOVED" : "CHANGED";
                    if (was.pending() != null) {
                        opened.get(was.pending())[4] = reason;
                    } else {
                        ends.add(was.id(), reason);
                    }
                    if (moving) {
                        List<UUID> key = List.of(was.household(), p.person());
                        presentUpserts.remove(key);
                        presentDeletes.add(key);
                        versionUpserts.remove(key);
                        versionDeletes.add(key);
                    }
                }
                UUID id = TimeOrderedIds.next();
                opened.add(new String[] {id.toString(), p.household().toString(), p.person().toString(), relation, null});
                current.put(p.person(), new Stretch(id, p.household(), head, relation, opened.size() - 1));
                List<UUID> key = List.of(p.household(), p.person());
                if (head) {
                    presentUpserts.remove(key);
                    presentDeletes.add(key);
                } else {
                    presentDeletes.remove(key);
                    presentUpserts.put(key, relation);
                    versionDeletes.remove(key);
                    versionUpserts.put(key, relation);
                }
            }
            OffsetDateTime now = utc(job.now());
            ends.execute(connection, now, job.organization(), importer);
            ArrayInsert stretches = new ArrayInsert(INSERT_STRETCHES, 5);
            opened.forEach(o -> stretches.add((Object[]) o));
            ArrayInsert presentGone = new ArrayInsert(DELETE_PRESENT_MEMBERS, 2);
            presentDeletes.forEach(k -> presentGone.add(k.get(0), k.get(1)));
            ArrayInsert present = new ArrayInsert(UPSERT_PRESENT_MEMBERS, 3);
            presentUpserts.forEach((k, r) -> present.add(k.get(0), k.get(1), r));
            ArrayInsert versionGone = new ArrayInsert(DELETE_VERSION_MEMBERS, 2);
            versionDeletes.forEach(k -> versionGone.add(k.get(0), k.get(1)));
            ArrayInsert version = new ArrayInsert(UPSERT_VERSION_MEMBERS, 3);
            versionUpserts.forEach((k, r) -> version.add(k.get(0), k.get(1), r));
            stretches.execute(connection, now, job.organization(), importer, now, job.organization(), importer);
            presentGone.execute(connection);
            present.execute(connection);
            versionGone.execute(connection, job.organization());
            version.execute(connection, job.organization());
        }

        /** EnrolmentService.enrolRegistered for every new household version with a category, in batch. */
        private void enrol() throws SQLException {
            if (enrolling.isEmpty()) {
                return;
            }
            try (PreparedStatement lock = connection.prepareStatement(LOCK_ENROLMENTS)) {
                lock.setArray(1, connection.createArrayOf("text", enrolling.entrySet().stream()
                        .map(e -> job.organization() + "/" + e.getKey() + "/" + e.getValue()).sorted().toArray()));
                lock.executeQuery().close();
            }
            Map<UUID, Enrolment> planned = new java.util.LinkedHashMap<>();
            enrolling.forEach((household, category) -> {
                Enrolment e = new Enrolment();
                e.id = TimeOrderedIds.next();
                e.organizationId = job.organization();
                e.householdId = household;
                e.category = category;
                e.startDate = today;
                e.createdBy = importer;
                e.createdAt = job.now();
                planned.put(e.id, e);
            });
            List<EnrolmentCreated> events = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ENROLMENTS)) {
                insert.setObject(1, job.organization());
                insert.setObject(2, today);
                insert.setString(3, importer);
                insert.setObject(4, utc(job.now()));
                insert.setArray(5, connection.createArrayOf("text", planned.keySet().stream().map(UUID::toString).toArray()));
                insert.setArray(6, connection.createArrayOf("text", planned.values().stream().map(e -> e.householdId.toString()).toArray()));
                insert.setArray(7, connection.createArrayOf("text", planned.values().stream().map(e -> e.category.name()).toArray()));
                insert.setObject(8, job.organization());
                insert.setObject(9, today);
                insert.setObject(10, today);
                try (ResultSet created = insert.executeQuery()) {
                    while (created.next()) {
                        events.add(EnrolmentEventMapper.created(planned.get(created.getObject(1, UUID.class)), null));
                    }
                }
            }
            if (!events.isEmpty()) {
                outbox.publishAll(BeneficiaryEvents.ENROLMENT_CREATED, events, e -> e.householdId().toString());
            }
        }

        private void result(ImportPlan.PlannedRow planned, Resolved person, UUID householdId) {
            RowOutcome outcome = planned.outcome();
            List<RowReason> reasons = planned.reasons();
            UUID duplicateOfPerson = null;
            if (person != null) {
                duplicateOfPerson = probable.get(planned.row().line());
                if (duplicateOfPerson != null) {
                    reasons = new ArrayList<>(reasons);
                    reasons.add(new RowReason("row", "probable-duplicate",
                            "the registry holds a person your organisation may see who is probably this one under another national code (close names, birth date, sex and place)"));
                    outcome = RowOutcome.POSSIBLE_DUPLICATE;
                } else if (outcome == null) {
                    outcome = person.outcome;
                }
            }
            counts.merge(outcome, 1, Integer::sum);
            results.add(planned.row().line(), planned.row().householdKey(), outcome.name(), json(reasons),
                    person == null ? null : person.id, householdId, planned.duplicateOfRow(), duplicateOfPerson);
        }

        private void progress() throws SQLException {
            int rows = groups.stream().mapToInt(g -> g.rows().size()).sum();
            try (PreparedStatement update = connection.prepareStatement(PROGRESS)) {
                update.setInt(1, rows);
                update.setInt(2, groups.size());
                update.setInt(3, counts.get(RowOutcome.CREATED));
                update.setInt(4, counts.get(RowOutcome.MATCHED_EXISTING));
                update.setInt(5, counts.get(RowOutcome.POSSIBLE_DUPLICATE));
                update.setInt(6, counts.get(RowOutcome.REJECTED));
                update.setObject(7, utc(job.leaseUntil()));
                update.setObject(8, job.id());
                update.setObject(9, job.claimToken());
                if (update.executeUpdate() != 1) {
                    throw new ClaimLost(job.id());
                }
            }
        }

        private String json(List<RowReason> reasons) {
            try {
                return json.writeValueAsString(reasons);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Row reasons are plain records", e);
            }
        }
    }

    private record Resolved(UUID id, boolean existed, RowOutcome outcome) {
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
