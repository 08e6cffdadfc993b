package org.hamyar.donors.aid.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hamyar.donors.aid.service.GrantedAidService;
import org.hamyar.donors.allocation.AllocationService;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.AidRevoked;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.outbox.IncomingEvent;
import org.hamyar.outbox.ProcessedEvents;

import java.util.UUID;

/**
 * Applies one aid event in one transaction, exactly once per {@code ce_id}: the granted-aid record,
 * and the allocation it commits or releases (docs/product.md §5).
 */
@ApplicationScoped
public class AidEventHandler {

    /** This reaction's name in processed_event; another reaction to the same events gets its own. */
    static final String CONSUMER = "donors-granted-aid";

    private final ProcessedEvents processed;
    private final GrantedAidService grantedAid;
    private final AllocationService allocations;

    AidEventHandler(ProcessedEvents processed, GrantedAidService grantedAid, AllocationService allocations) {
        this.processed = processed;
        this.grantedAid = grantedAid;
        this.allocations = allocations;
    }

    /** Whether the event is one this handler applies; other events on the topic are not its business. */
    public boolean handles(IncomingEvent event) {
        return event.is(BeneficiaryEvents.AID_GRANTED) || event.is(BeneficiaryEvents.AID_REVOKED);
    }

    /**
     * @throws org.hamyar.outbox.MalformedEventException when the data does not parse as its type
     * @throws UnusableEventException                   when it breaks a rule or names unknown aid
     */
    @Transactional
    public void apply(IncomingEvent event) {
        UUID eventId = UUID.fromString(event.id());
        if (event.is(BeneficiaryEvents.AID_GRANTED)) {
            AidGranted grant = AidEventRules.checked(event.dataAs(BeneficiaryEvents.AID_GRANTED));
            // the grant is recorded once; the allocation it names is committed in the same transaction
            if (processed.firstDelivery(CONSUMER, event.id()) && grantedAid.recordGrant(grant, eventId)) {
                allocations.commitFor(grant);
            }
        } else if (event.is(BeneficiaryEvents.AID_REVOKED)) {
            AidRevoked revocation = AidEventRules.checked(event.dataAs(BeneficiaryEvents.AID_REVOKED));
            // the allocation the aid spent goes back to its fund in the transaction that records the revocation
            if (processed.firstDelivery(CONSUMER, event.id()) && grantedAid.recordRevocation(revocation, eventId)) {
                allocations.releaseFor(revocation);
            }
        } else {
            throw new IllegalArgumentException("Not an aid event: " + event.type());
        }
    }
}
