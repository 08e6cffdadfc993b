package org.hamyar.beneficiaries.coordination.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamyar.beneficiaries.coordination.service.CoordinationProjection;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementExpired;
import org.hamyar.events.agreements.AgreementTerminated;
import org.hamyar.outbox.IncomingEvent;
import org.hamyar.outbox.ProcessedEvents;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads {@code agreements.events} (group {@code beneficiaries-service}) into the coordination
 * projection. The processed-event log is written in the same transaction as the projection, so a
 * redelivered event changes nothing the second time; an event that cannot be applied rolls back
 * and goes to the dead-letter topic ({@code agreements.events.beneficiaries-dlq}).
 */
@ApplicationScoped
public class AgreementEventsConsumer {

    static final String CONSUMER = "beneficiaries-agreements-projection";
    private static final Logger LOG = Logger.getLogger(AgreementEventsConsumer.class);

    private final ProcessedEvents processed;
    private final CoordinationProjection projection;

    AgreementEventsConsumer(ProcessedEvents processed, CoordinationProjection projection) {
        this.processed = processed;
        this.projection = projection;
    }

    @Incoming("agreements-in")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!concerns(event)) {
            return;
        }
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            LOG.debugf("Event %s (%s) was applied before; skipped", event.id(), event.type());
            return;
        }
        if (event.is(AgreementEvents.AGREEMENT_ACTIVATED)) {
            projection.replace(event.dataAs(AgreementEvents.AGREEMENT_ACTIVATED).terms());
        } else if (event.is(AgreementEvents.AGREEMENT_AMENDED)) {
            projection.replace(event.dataAs(AgreementEvents.AGREEMENT_AMENDED).terms());
        } else if (event.is(AgreementEvents.AGREEMENT_TERMINATED)) {
            AgreementTerminated terminated = event.dataAs(AgreementEvents.AGREEMENT_TERMINATED);
            projection.end(terminated.agreementId(), terminated.version(), "TERMINATED");
        } else {
            AgreementExpired expired = event.dataAs(AgreementEvents.AGREEMENT_EXPIRED);
            projection.end(expired.agreementId(), expired.version(), "EXPIRED");
        }
    }

    /** Signatures, organisations and commitments do not change who blocks what. */
    private static boolean concerns(IncomingEvent event) {
        return event.is(AgreementEvents.AGREEMENT_ACTIVATED) || event.is(AgreementEvents.AGREEMENT_AMENDED)
                || event.is(AgreementEvents.AGREEMENT_TERMINATED) || event.is(AgreementEvents.AGREEMENT_EXPIRED);
    }
}
