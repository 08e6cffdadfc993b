package org.hamyar.beneficiaries.duplicate.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import org.hamyar.beneficiaries.coordination.repository.CoordinationAgreementRepository;
import org.hamyar.beneficiaries.duplicate.DuplicateFinder;
import org.hamyar.beneficiaries.duplicate.DuplicateIndex;
import org.hamyar.beneficiaries.duplicate.Identity;
import org.hamyar.beneficiaries.duplicate.Match;
import org.hamyar.beneficiaries.imports.ImportDuplicates;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.standards.PersianText;

/**
 * The registry's duplicate finder in an import: the rows of a chunk are compared with the registry
 * as a registration compares one person ({@link DuplicateFinder#findAll}, one query per chunk),
 * through the blocking keys of the identity a new person is stored with.
 *
 * <p>Only rows whose national code is new to the registry are compared, as a registration compares
 * only a new identity. A row's result names a match only when the importing organisation may see it: the match has a
 * version registered by the organisation or by a data-sharing partner (one more query per chunk).
 * Naming another agency's person would tell the organisation that agency holds them. The flags, as
 * a registration's, are recorded for every match of a new identity (the best
 * {@link DuplicateService#MAX_FLAGS_PER_REGISTRATION}); {@code GET /api/duplicates} lists a flag
 * only to whom may see both persons.
 */
@ApplicationScoped
public class FuzzyImportDuplicates implements ImportDuplicates {

    private static final Logger LOG = Logger.getLogger(FuzzyImportDuplicates.class);

    private static final String SEEN_BY = """
            select distinct person_id from person_registration
            where person_id = any(?::uuid[]) and organization_id = any(?::uuid[])""";

    private final DuplicateFinder finder;
    private final CoordinationAgreementRepository agreements;

    FuzzyImportDuplicates(DuplicateFinder finder, CoordinationAgreementRepository agreements) {
        this.finder = finder;
        this.agreements = agreements;
    }

    @Override
    public Found probableDuplicates(Connection connection, UUID organization, List<Candidate> rows) throws SQLException {
        return found(connection, organization, rows, finder::findAll, Map.of());
    }

    /**
     * Looks each chunk's rows up in the registry while the chunk before is written, on a thread of
     * its own and in a transaction of its own, so that the lookup is off the import's path. That
     * lookup cannot see the persons the chunk being written creates; they are kept in memory
     * (a {@link DuplicateIndex}) once committed, and every row is compared with them too. A row is
     * thus compared with the same persons as by a lookup in its own chunk's transaction: the
     * registry before the job, and the persons of the job's earlier chunks.
     */
    @Override
    public JobLookups forJob(UUID organization) {
        return new LookingAhead(organization);
    }

    /** The rows (by line) a lookup made ahead is for, and the lookup. */
    private record Ahead(Set<Integer> lines, Future<Map<Integer, List<Match>>> lookup) {
    }

    private final class LookingAhead implements JobLookups {

        private final UUID organization;
        private final DuplicateIndex createdByJob = new DuplicateIndex();
        private final Map<UUID, Identity> createdByChunk = new LinkedHashMap<>();
        private final ExecutorService lookups = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("hamyar-import-lookahead").daemon().factory());
        /** The lookups made ahead and not yet used by a committed chunk, oldest first. */
        private final List<Ahead> aheads = new ArrayList<>();
        /** The lookup the chunk being written uses. */
        private Ahead using;

        LookingAhead(UUID organization) {
            this.organization = organization;
        }

        @Override
        public void ahead(List<Candidate> rows) {
            Map<Integer, Identity> identities = identities(rows);
            aheads.add(new Ahead(Set.copyOf(identities.keySet()),
                    lookups.submit(() -> QuarkusTransaction.requiringNew().call(() -> finder.findAll(identities)))));
        }

        @Override
        public Found probableDuplicates(Connection connection, List<Candidate> rows) throws SQLException {
            Map<Integer, List<Match>> inRegistry = lookedUpAhead(rows);
            Map<Integer, List<Match>> inJob = new HashMap<>();
            if (!createdByJob.isEmpty()) {
                for (Candidate candidate : rows) {
                    if (candidate.existingPersonId() == null) {
                        inJob.put(candidate.row().line(), createdByJob.find(identity(candidate.row().person(), candidate.address())));
                    }
                }
            }
            return found(connection, organization, rows, inRegistry == null ? finder::findAll : ids -> inRegistry, inJob);
        }

        /** The lookup made ahead for these rows, or null when none was (the first chunk) or it failed. */
        private Map<Integer, List<Match>> lookedUpAhead(List<Candidate> rows) {
            using = aheads.stream()
                    .filter(ahead -> rows.stream().allMatch(c -> ahead.lines().contains(c.row().line())))
                    .findFirst().orElse(null);
            if (using == null) {
                return null;
            }
            try {
                return using.lookup().get();
            } catch (ExecutionException e) {
                LOG.warnf(e.getCause(), "A duplicate lookup made ahead failed; the chunk looks its rows up itself");
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a duplicate lookup", e);
            }
        }

        @Override
        public void created(UUID personId, Identity identity) {
            createdByChunk.put(personId, identity);
        }

        @Override
        public void committed() {
            createdByChunk.forEach(createdByJob::add);
            createdByChunk.clear();
            aheads.remove(using);
            using = null;
        }

        @Override
        public void rolledBack() {
            createdByChunk.clear();
        }

        @Override
        public void close() {
            lookups.shutdownNow();
        }
    }

    /**
     * The rows' probable duplicates: of those whose code is new to the registry, what {@code lookUp}
     * finds in the registry and {@code inJob} holds, as one list per row.
     */
    private Found found(Connection connection, UUID organization, List<Candidate> rows,
                        Function<Map<Integer, Identity>, Map<Integer, List<Match>>> lookUp,
                        Map<Integer, List<Match>> inJob) throws SQLException {
        if (rows.isEmpty()) {
            return Found.of(Map.of());
        }
        // as a registration: only a new identity is compared (a known code already says who the row is)
        rows = rows.stream().filter(c -> c.existingPersonId() == null).toList();
        Map<Integer, List<Match>> found = lookUp.apply(identities(rows));
        Map<Integer, List<Match>> matches = new HashMap<>();
        Set<UUID> named = new HashSet<>();
        for (Candidate candidate : rows) {
            List<Match> mine = DuplicateIndex.merge(found.getOrDefault(candidate.row().line(), List.of()),
                    inJob.getOrDefault(candidate.row().line(), List.of()));
            if (!mine.isEmpty()) {
                matches.put(candidate.row().line(), mine);
                mine.forEach(m -> named.add(m.personId()));
            }
        }
        if (matches.isEmpty()) {
            return Found.of(Map.of());
        }
        Set<UUID> visible = seen(connection, organization, named);
        Map<Integer, UUID> shown = new HashMap<>();
        Map<Integer, List<Match>> flagged = new HashMap<>();
        for (Candidate candidate : rows) {
            List<Match> mine = matches.get(candidate.row().line());
            if (mine == null) {
                continue;
            }
            mine.stream().map(Match::personId).filter(visible::contains).findFirst()
                    .ifPresent(id -> shown.put(candidate.row().line(), id));
            flagged.put(candidate.row().line(), mine.stream().limit(DuplicateService.MAX_FLAGS_PER_REGISTRATION).toList());
        }
        return new Found(shown, flagged);
    }

    private static Map<Integer, Identity> identities(List<Candidate> rows) {
        Map<Integer, Identity> identities = new LinkedHashMap<>();
        for (Candidate candidate : rows) {
            identities.put(candidate.row().line(), identity(candidate.row().person(), candidate.address()));
        }
        return identities;
    }

    /** The identity the person would be stored with: names normalised as a registration stores them. */
    static Identity identity(PersonDetails d, Address address) {
        boolean place = address != null && address.provinceCode != null;
        return Identity.of(PersianText.normalize(d.firstName()), PersianText.normalize(d.lastName()),
                d.fatherName() == null ? null : PersianText.normalize(d.fatherName()), d.birthDate(), d.sex(),
                place ? address.provinceCode : null, place ? address.county : null);
    }

    private Set<UUID> seen(Connection connection, UUID organization, Set<UUID> persons) throws SQLException {
        List<UUID> organizations = new ArrayList<>(agreements.dataSharingPartners(organization));
        organizations.add(organization);
        Set<UUID> seen = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(SEEN_BY)) {
            query.setArray(1, connection.createArrayOf("uuid", persons.toArray()));
            query.setArray(2, connection.createArrayOf("uuid", organizations.toArray()));
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    seen.add(found.getObject(1, UUID.class));
                }
            }
        }
        return seen;
    }
}
