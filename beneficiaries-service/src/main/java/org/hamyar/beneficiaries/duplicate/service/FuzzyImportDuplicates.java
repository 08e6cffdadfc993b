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

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.beneficiaries.coordination.repository.CoordinationAgreementRepository;
import org.hamyar.beneficiaries.duplicate.DuplicateFinder;
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
        if (rows.isEmpty()) {
            return Found.of(Map.of());
        }
        // as a registration: only a new identity is compared (a known code already says who the row is)
        rows = rows.stream().filter(c -> c.existingPersonId() == null).toList();
        Map<Integer, Identity> identities = new LinkedHashMap<>();
        for (Candidate candidate : rows) {
            identities.put(candidate.row().line(), identity(candidate.row().person(), candidate.address()));
        }
        Map<Integer, List<Match>> found = finder.findAll(identities);
        Map<Integer, List<Match>> matches = new HashMap<>();
        Set<UUID> named = new HashSet<>();
        for (Candidate candidate : rows) {
            List<Match> mine = found.getOrDefault(candidate.row().line(), List.of());
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
