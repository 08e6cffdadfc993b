package org.hamyar.agreements.agreement.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.events.agreements.AgreementActivated;
import org.hamyar.events.agreements.AgreementAmended;
import org.hamyar.events.agreements.AgreementExpired;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementSigned;
import org.hamyar.events.agreements.AgreementTerminated;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.events.agreements.CoordinationRule;

/**
 * The data of the agreement events, taken from the agreement as it stands. Ids, categories,
 * places and dates only: signatories' names stay here.
 */
public final class AgreementEventData {

    private AgreementEventData() {
    }

    public static AgreementSigned signed(Agreement agreement, UUID organization, boolean allSigned, Instant at) {
        return new AgreementSigned(agreement.id(), agreement.version(), organization, allSigned, at);
    }

    public static AgreementActivated activated(Agreement agreement, Instant at) {
        return new AgreementActivated(terms(agreement), at);
    }

    public static AgreementAmended amended(Agreement agreement, int previousVersion, Instant at) {
        return new AgreementAmended(terms(agreement), previousVersion, at);
    }

    public static AgreementTerminated terminated(Agreement agreement, Instant at) {
        return new AgreementTerminated(agreement.id(), agreement.version(), agreement.terminationOn(), at);
    }

    public static AgreementExpired expired(Agreement agreement) {
        return new AgreementExpired(agreement.id(), agreement.version(), agreement.expiredOn());
    }

    /** What activation and amendment events carry: parties, place, categories, coordination clause. */
    static AgreementTerms terms(Agreement agreement) {
        return new AgreementTerms(agreement.id(), agreement.version(), agreement.status().name(),
                agreement.parties().stream().map(p -> new AgreementParty(p.organizationId(), p.role())).toList(),
                List.copyOf(agreement.provinces()), List.copyOf(agreement.counties()),
                List.copyOf(agreement.beneficiaryCategories()), List.copyOf(agreement.aidCategories()),
                agreement.dataSharing(),
                agreement.coordinationRules().stream()
                        .map(r -> new CoordinationRule(r.aidCategory().name(), r.mode().name())).toList(),
                agreement.effectiveFrom(), agreement.effectiveTo());
    }
}
