package org.hamyar.beneficiaries.access;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.coordination.repository.CoordinationAgreementRepository;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.beneficiaries.storage.Timestamps;

/** Who may see a record, from the agreements projection: {@link Access} with the reader's data-sharing partners. */
@ApplicationScoped
public class RecordAccess {

    private final CoordinationAgreementRepository agreements;
    private final PersonRepository persons;
    private final Clock clock;

    RecordAccess(CoordinationAgreementRepository agreements, PersonRepository persons, Clock clock) {
        this.agreements = agreements;
        this.persons = persons;
        this.clock = clock;
    }

    /**
     * Writes a read of the household's record by an organisation that did not register it (its aid,
     * say) to the read log, when the access is one that is logged; in the caller's transaction.
     */
    public void logged(Actor reader, Access access, UUID householdId) {
        if (access.logged()) {
            persons.logHouseholdRead(householdId, reader.organization(), reader.username(), Timestamps.of(clock));
        }
    }

    /** How the reader may see a record that these organisations registered. */
    public Access of(Actor reader, Collection<UUID> registrants) {
        return Access.of(reader, registrants, partners(reader));
    }

    /** What the reader sees of a record registered in these versions (each organisation's), or empty: 404. */
    public <T> java.util.Optional<Sight<T>> sight(Actor reader, java.util.List<T> versions,
                                                  java.util.function.Function<T, UUID> organization) {
        return java.util.Optional.ofNullable(Sight.of(reader, versions, organization, partners(reader)));
    }

    /**
     * The organisations an ACTIVE data-sharing agreement joins the reader's organisation to. Staff
     * read for their organisation (403 {@code no-organization} when the token names none); an
     * auditor may have none (though a read that goes to the read log names the reader's organisation).
     */
    public Set<UUID> partners(Actor reader) {
        if (reader.auditsNetwork() && reader.organizationIfAny().isEmpty()) {
            return Set.of();
        }
        return agreements.dataSharingPartners(reader.organization());
    }
}
