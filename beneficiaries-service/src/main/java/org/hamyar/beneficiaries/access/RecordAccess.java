package org.hamyar.beneficiaries.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.UUID;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.audit.repository.ReadLogRepository;
import org.hamyar.beneficiaries.coordination.repository.CoordinationAgreementRepository;
import org.hamyar.beneficiaries.household.HouseholdNotFound;
import org.hamyar.beneficiaries.household.repository.HouseholdRepository;
import org.hamyar.beneficiaries.person.PersonNotFound;
import org.hamyar.beneficiaries.person.PersonRecord;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.beneficiaries.referral.repository.ReferralRepository;
import org.hamyar.beneficiaries.storage.Timestamps;

/** Who may see a record, from the agreements projection: {@link Access} with the reader's data-sharing partners. */
@ApplicationScoped
public class RecordAccess {

    private final CoordinationAgreementRepository agreements;
    private final PersonRepository persons;
    private final Clock clock;
    private final ReferralRepository referrals;
    private final ReadLogRepository readLog;
    private final HouseholdRepository households;

    RecordAccess(CoordinationAgreementRepository agreements, PersonRepository persons, Clock clock,
                 ReferralRepository referrals, ReadLogRepository readLog, HouseholdRepository households) {
        this.readLog = readLog;
        this.households = households;
        this.agreements = agreements;
        this.persons = persons;
        this.clock = clock;
        this.referrals = referrals;
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
     * How the actor's organisation sees a subject it is about to act on (enrol, refer): registrant,
     * data sharing or referral.
     *
     * @throws PersonNotFound    404 when there is no such person, or none its organisation sees (as staff, not as auditor)
     * @throws HouseholdNotFound the same for a household
     */
    public Access actingOn(Actor actor, Subject subject) {
        List<UUID> registrants = subject.isPerson()
                ? persons.records(subject.personId()).stream().map(PersonRecord::organizationId).toList()
                : households.registrants(subject.householdId());
        Access access = of(actor, subject, registrants);
        if (!access.granted() || access == Access.NETWORK_AUDIT) {
            throw subject.isPerson() ? new PersonNotFound(subject.personId()) : new HouseholdNotFound(subject.householdId());
        }
        return access;
    }

    /**
     * How the reader may see this subject, registered by these organisations, counting the
     * referrals it accepted (docs/product.md §2).
     */
    public Access of(Actor reader, Subject subject, Collection<UUID> registrants) {
        return Access.of(reader, registrants, partners(reader), referrers(reader, subject));
    }

    /**
     * What the reader sees of this subject, registered in these versions, counting the referrals
     * it accepted: a receiver sees the sender's version while the referral is ACCEPTED (README
     * "Decisions"), a logged read.
     */
    public <T> Optional<Sight<T>> sight(Actor reader, Subject subject, List<T> versions,
                                                  Function<T, UUID> organization) {
        return Optional.ofNullable(Sight.of(reader, versions, organization, partners(reader),
                referrers(reader, subject)));
    }

    /**
     * The organisations whose ACCEPTED referral of the subject to the reader's organisation lets it
     * see their version: of a person, also a referral of a household the person heads or belongs
     * to in the sender's version. One indexed query; none for a reader without an organisation.
     */
    public Set<UUID> referrers(Actor reader, Subject subject) {
        return reader.organizationIfAny()
                .map(organization -> referrals.acceptedSenders(organization, List.of(subject))
                        .getOrDefault(subject, Set.of()))
                .orElse(Set.of());
    }

    /**
     * Writes the reads of these subjects (an aid list's households, an enrolment list's subjects)
     * whose access is a logged one to the read log, one row each, in one statement. An auditor
     * without an organisation is logged by username.
     */
    public void logged(Actor reader, Map<Subject, Access> reads) {
        List<Subject> logged = reads.entrySet().stream().filter(e -> e.getValue().logged())
                .map(Map.Entry::getKey).toList();
        readLog.write(logged, reader.organizationIfAny().orElse(null), reader.username(), Timestamps.of(clock));
    }

    /**
     * How the reader may see each of these subjects, in four queries whatever their number:
     * registrants, data-sharing partners, accepted referrals.
     */
    public Map<Subject, Access> ofEach(Actor reader, Collection<Subject> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        Map<Subject, Set<UUID>> registrants = readLog.registrants(subjects);
        Set<UUID> partners = partners(reader);
        Map<Subject, Set<UUID>> referrers = reader.organizationIfAny()
                .map(organization -> referrals.acceptedSenders(organization, subjects))
                .orElse(Map.of());
        Map<Subject, Access> access = new HashMap<>();
        for (Subject subject : subjects) {
            access.put(subject, Access.of(reader, registrants.getOrDefault(subject, Set.of()), partners,
                    referrers.getOrDefault(subject, Set.of())));
        }
        return access;
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
