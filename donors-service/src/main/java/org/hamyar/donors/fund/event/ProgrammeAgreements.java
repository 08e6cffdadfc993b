package org.hamyar.donors.fund.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hamyar.donors.fund.ProgrammeAgreement;
import org.hamyar.donors.fund.ProgrammeAgreementRepository;
import org.hamyar.events.agreements.AgreementActivated;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementExpired;
import org.hamyar.events.agreements.AgreementTerminated;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.outbox.IncomingEvent;
import org.hamyar.outbox.UnusableEventException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The agreements PROGRAMME funds are tied to, kept from agreements.events: activation and
 * amendment carry the whole terms; termination and expiry end the agreement, after which its funds
 * allocate nothing more.
 */
@ApplicationScoped
public class ProgrammeAgreements {

    private final ProgrammeAgreementRepository agreements;
    private final Clock clock;

    ProgrammeAgreements(ProgrammeAgreementRepository agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    static boolean concerns(IncomingEvent event) {
        return event.is(AgreementEvents.AGREEMENT_ACTIVATED) || event.is(AgreementEvents.AGREEMENT_AMENDED)
                || event.is(AgreementEvents.AGREEMENT_TERMINATED) || event.is(AgreementEvents.AGREEMENT_EXPIRED);
    }

    /** Applies one agreement event in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        Instant now = Instant.now(clock);
        if (event.is(AgreementEvents.AGREEMENT_ACTIVATED)) {
            AgreementActivated activated = event.dataAs(AgreementEvents.AGREEMENT_ACTIVATED);
            terms(checked(activated.terms()), now);
        } else if (event.is(AgreementEvents.AGREEMENT_AMENDED)) {
            terms(checked(event.dataAs(AgreementEvents.AGREEMENT_AMENDED).terms()), now);
        } else if (event.is(AgreementEvents.AGREEMENT_TERMINATED)) {
            AgreementTerminated terminated = event.dataAs(AgreementEvents.AGREEMENT_TERMINATED);
            end(terminated.agreementId(), terminated.version(), "TERMINATED", now);
        } else if (event.is(AgreementEvents.AGREEMENT_EXPIRED)) {
            AgreementExpired expired = event.dataAs(AgreementEvents.AGREEMENT_EXPIRED);
            end(expired.agreementId(), expired.version(), "EXPIRED", now);
        }
    }

    /** Records (or replaces) the terms of an agreement, as ProgrammeAgreement reads them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void terms(AgreementTerms terms, Instant now) {
        agreements.lockTerms(terms.agreementId());
        ProgrammeAgreement agreement = agreements.findByIdOptional(terms.agreementId()).orElse(null);
        if (agreement == null) {
            agreement = new ProgrammeAgreement(terms.agreementId());
            agreement.apply(terms, now);
            agreements.persist(agreement);
        } else {
            agreement.apply(terms, now);
        }
    }

    private void end(UUID agreementId, int version, String status, Instant now) {
        if (agreementId == null) {
            throw new UnusableEventException("an agreement event without an agreement id");
        }
        agreements.findByIdOptional(agreementId).ifPresent(agreement -> agreement.end(version, status, now));
    }

    private static AgreementTerms checked(AgreementTerms terms) {
        if (terms == null || terms.agreementId() == null || terms.parties() == null || terms.provinces() == null
                || terms.counties() == null || terms.aidCategories() == null || terms.beneficiaryCategories() == null) {
            throw new UnusableEventException("agreement terms without an id, parties or scope");
        }
        return terms;
    }
}
