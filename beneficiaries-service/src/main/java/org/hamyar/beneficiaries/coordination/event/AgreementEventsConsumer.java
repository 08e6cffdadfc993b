package org.hamyar.beneficiaries.coordination.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamyar.beneficiaries.coordination.service.CoordinationProjection;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementExpired;
import org.hamyar.events.agreements.AgreementTerminated;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.outbox.ConsumerRetry;
import org.hamyar.outbox.EventConsumer;
import org.hamyar.outbox.IncomingEvent;
import org.hamyar.outbox.ProcessedEvents;
import org.hamyar.outbox.UnusableEventException;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads {@code agreements.events} (group {@code beneficiaries-service}) into the coordination
 * projection. Each event is applied through {@link ConsumerRetry}: in a transaction of its own, in
 * which the processed-event log is written with the projection, so a redelivered event changes
 * nothing the second time. A transient failure (the database restarting) is retried in place and
 * delays the partition; an event no retry can apply (not a CloudEvent, data that does not fit its
 * type or lacks what the projection needs, data the database rejects) rolls back and is written to
 * the service's dead letters, where an admin replays it through {@link #apply} (an
 * {@code AgreementTerminated} given up on must not leave data shared), and to the dead-letter topic
 * ({@code agreements.events.beneficiaries-dlq}).
 */
@ApplicationScoped
public class AgreementEventsConsumer implements EventConsumer {

    static final String CONSUMER = "beneficiaries-agreements-projection";
    static final String CHANNEL = "agreements-in";
    private static final Logger LOG = Logger.getLogger(AgreementEventsConsumer.class);

    private final ProcessedEvents processed;
    private final CoordinationProjection projection;
    private final ConsumerRetry retry;

    AgreementEventsConsumer(ProcessedEvents processed, CoordinationProjection projection, ConsumerRetry retry) {
        this.processed = processed;
        this.projection = projection;
        this.retry = retry;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        retry.consume(this, record);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** One attempt, in the transaction {@link ConsumerRetry} (or a replay) opened for it. */
    @Override
    public void apply(IncomingEvent event) {
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            LOG.debugf("Event %s (%s) was applied before; skipped", event.id(), event.type());
            return;
        }
        if (event.is(AgreementEvents.AGREEMENT_ACTIVATED)) {
            projection.replace(usable(event.dataAs(AgreementEvents.AGREEMENT_ACTIVATED).terms()));
        } else if (event.is(AgreementEvents.AGREEMENT_AMENDED)) {
            projection.replace(usable(event.dataAs(AgreementEvents.AGREEMENT_AMENDED).terms()));
        } else if (event.is(AgreementEvents.AGREEMENT_TERMINATED)) {
            AgreementTerminated terminated = event.dataAs(AgreementEvents.AGREEMENT_TERMINATED);
            projection.end(required(terminated.agreementId(), "agreementId"), terminated.version(), "TERMINATED");
        } else {
            AgreementExpired expired = event.dataAs(AgreementEvents.AGREEMENT_EXPIRED);
            projection.end(required(expired.agreementId(), "agreementId"), expired.version(), "EXPIRED");
        }
    }

    /** Signatures, organisations and commitments do not change who blocks what. */
    @Override
    public boolean concerns(IncomingEvent event) {
        return event.is(AgreementEvents.AGREEMENT_ACTIVATED) || event.is(AgreementEvents.AGREEMENT_AMENDED)
                || event.is(AgreementEvents.AGREEMENT_TERMINATED) || event.is(AgreementEvents.AGREEMENT_EXPIRED);
    }

    /** What the projection cannot do without: missing, it is a broken event, not a passing failure. */
    private static AgreementTerms usable(AgreementTerms terms) {
        required(terms, "terms");
        required(terms.agreementId(), "terms.agreementId");
        required(terms.status(), "terms.status");
        return terms;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new UnusableEventException(field + " is missing");
        }
        return value;
    }
}
