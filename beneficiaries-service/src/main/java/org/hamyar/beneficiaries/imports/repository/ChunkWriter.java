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

import org.hamyar.beneficiaries.household.Household;
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
import org.hamyar.events.beneficiaries.HouseholdRegistered;
import org.hamyar.events.beneficiaries.PersonRegistered;
import org.hamyar.outbox.EventOutbox;
import org.hamyar.standards.PersianText;

/**
 * Writes one chunk of households of an import in the caller's transaction, with the same rows and
 * events a registration writes ({@code PersonService}, {@code HouseholdService}): a person's
 * identity once per national code and the organisation's own version of it; a household once per
 * head and the organisation's version with its members; {@code PersonRegistered} and
 * {@code HouseholdRegistered} for identities new to the network. A fixed number of statements per
 * chunk whatever its size: the job's row lock, the national codes' locks, one lookup each for
 * persons, own versions, households and own household versions, the duplicate finder, one
 * multi-row insert per table, one outbox batch per event type, the row results and the progress.
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

    private static final String HOUSEHOLDS_BY_HEAD = "select id, head_person_id from household where head_person_id = any(?::uuid[])";

    private static final String OWN_HOUSEHOLD_VERSIONS = """
            select household_id from household_registration where organization_id = ? and household_id = any(?::uuid[])""";

    private static final String INSERT_PERSONS = """
            insert into person (id, national_code, person_hash, first_name, last_name, father_name,
                first_name_normalized, last_name_normalized, father_name_normalized, birth_date, sex,
                disability_type, disability_severity, phone, province_code, county, village, rural,
                registered_by_organization_id, registered_at)
            select p.id::uuid, p.code, p.hash, p.first_name, p.last_name, p.father_name, p.first_n, p.last_n, p.father_n,
                p.birth_date::date, p.sex, p.disability_type, p.disability_severity, p.phone, p.province, p.county,
                p.village, p.rural::boolean, ?, ?
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              as p(id, code, hash, first_name, last_name, father_name, first_n, last_n, father_n, birth_date, sex,
                   disability_type, disability_severity, phone, province, county, village, rural)""";

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
                province_code, county, village, rural)
            select h.id::uuid, ?, h.category, ?, h.province, h.county, h.village, h.rural::boolean
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              as h(id, category, province, county, village, rural)""";

    private static final String INSERT_MEMBERS = """
            with importer as (select ?::uuid as organization_id),
            members as (
                select m.household::uuid as household_id, m.person::uuid as person_id, m.relation
                from unnest(?::text[], ?::text[], ?::text[]) as m(household, person, relation)),
            version as (
                insert into household_registration_member (household_id, organization_id, person_id, relation)
                select m.household_id, i.organization_id, m.person_id, m.relation from members m cross join importer i)
            insert into household_member (household_id, person_id, relation)
            select household_id, person_id, relation from members on conflict do nothing""";

    private static final String INSERT_RESULTS = """
            insert into import_row (job_id, row_number, household_key, outcome, reasons, person_id, household_id,
                duplicate_of_row, duplicate_of_person_id)
            select ?, r.line::integer, r.household, r.outcome, r.reasons::jsonb, r.person::uuid, r.household_id::uuid,
                r.duplicate_of_row::integer, r.duplicate_of_person::uuid
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              as r(line, household, outcome, reasons, person, household_id, duplicate_of_row, duplicate_of_person)""";

    private static final String OWN_JOB = "select claim_token from import_job where id = ? for update";

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

    ChunkWriter(AgroalDataSource dataSource, PersonHasher hasher, EventOutbox outbox, ImportDuplicates duplicates,
                ObjectMapper json) {
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
            claim(connection, job);
            return new Chunk(connection, job, chunk).write();
        }
    }

    private static void claim(Connection connection, Job job) throws SQLException {
        try (PreparedStatement own = connection.prepareStatement(OWN_JOB)) {
            own.setObject(1, job.id());
            try (ResultSet row = own.executeQuery()) {
                if (!row.next() || !job.claimToken().equals(row.getObject(1, UUID.class))) {
                    throw new ClaimLost(job.id());
                }
            }
        }
    }

    private record Identity(UUID id, String firstName, String lastName, String fatherName, LocalDate birthDate) {
    }

    /** One chunk's state while it is written. */
    private final class Chunk {

        private final Connection connection;
        private final Job job;
        private final List<ImportPlan.Group> groups;
        private final Map<Integer, String> hashes = new HashMap<>();
        private Map<String, Identity> identities = Map.of();
        private Set<UUID> ownVersions = Set.of();
        private Map<UUID, UUID> householdsByHead = Map.of();
        private Set<UUID> ownHouseholds = Set.of();
        private Map<Integer, UUID> probable = Map.of();

        private final ArrayInsert persons = new ArrayInsert(INSERT_PERSONS, 18);
        private final ArrayInsert versions = new ArrayInsert(INSERT_VERSIONS, 17);
        private final ArrayInsert households = new ArrayInsert(INSERT_HOUSEHOLDS, 6);
        private final ArrayInsert householdVersions = new ArrayInsert(INSERT_HOUSEHOLD_VERSIONS, 6);
        private final ArrayInsert members = new ArrayInsert(INSERT_MEMBERS, 3);
        private final ArrayInsert results = new ArrayInsert(INSERT_RESULTS, 8);
        private final List<PersonRegistered> personEvents = new ArrayList<>();
        private final List<HouseholdRegistered> householdEvents = new ArrayList<>();
        private final Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);

        Chunk(Connection connection, Job job, List<ImportPlan.Group> groups) {
            this.connection = connection;
            this.job = job;
            this.groups = groups;
            for (RowOutcome outcome : RowOutcome.values()) {
                counts.put(outcome, 0);
            }
        }

        Map<RowOutcome, Integer> write() throws SQLException {
            List<FileRow> stored = groups.stream().flatMap(g -> g.rows().stream())
                    .filter(ImportPlan.PlannedRow::store).map(ImportPlan.PlannedRow::row).toList();
            lookUp(stored);
            for (ImportPlan.Group group : groups) {
                write(group);
            }
            persons.execute(connection, job.organization(), utc(job.now()));
            versions.execute(connection, job.organization(), utc(job.now()));
            households.execute(connection, job.organization(), utc(job.now()));
            householdVersions.execute(connection, job.organization(), utc(job.now()));
            members.execute(connection, job.organization());
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

        private void lookUp(List<FileRow> stored) throws SQLException {
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
                    .map(row -> new ImportDuplicates.Candidate(row, existing(row).map(Identity::id).orElse(null)))
                    .toList();
            probable = duplicates.probableDuplicates(connection, job.organization(), candidates);
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
                        address.provinceCode, address.county, address.village, address.rural);
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
                        members.add(householdId, member.id, planned.row().relation().name());
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
                persons.add(id, row.nationalCode(), hash, d.firstName(), d.lastName(), d.fatherName(), first, last, father,
                        d.birthDate(), d.sex().name(), name(d.disabilityType()), name(d.disabilitySeverity()), d.phone(),
                        address.provinceCode, address.county, address.village, address.rural);
                Person person = new Person();
                person.id = id;
                person.personHash = hash;
                person.address = address;
                person.registeredByOrganizationId = job.organization();
                person.registeredAt = job.now();
                personEvents.add(PersonEventMapper.registered(person));
            }
            versions.add(id, d.firstName(), d.lastName(), d.fatherName(), first, last, father, d.birthDate(), d.sex().name(),
                    name(d.disabilityType()), name(d.disabilitySeverity()), d.phone(),
                    address.provinceCode, address.county, address.village, address.rural, disputed);
            return new Resolved(id, identity != null, RowOutcome.CREATED);
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
                            "the registry holds a person of your organisation with the same name, father's name and birth date under another national code"));
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
