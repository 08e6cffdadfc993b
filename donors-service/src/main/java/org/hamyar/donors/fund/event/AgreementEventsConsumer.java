package org.hamyar.donors.fund.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.outbox.ConsumerRetry;
import org.hamyar.outbox.EventConsumer;
import org.hamyar.outbox.IncomingEvent;
import org.hamyar.outbox.ProcessedEvents;

/**
 * Reads {@code agreements.events} (consumer group {@code donors-service}): what PROGRAMME funds may
 * pay for follows their agreement. Each event is applied once ({@code processed_event}, consumer
 * {@value #CONSUMER}), in a transaction of its own, retried in place while it fails transiently
 * ({@link ConsumerRetry}); an unusable one goes to the service's dead letters (an admin replays it)
 * and to {@code agreements.events.donors-dlq}.
 */
@ApplicationScoped
public class AgreementEventsConsumer implements EventConsumer {

    static final String CHANNEL = "agreements-in";
    static final String CONSUMER = "donors-programme-agreements";

    private final ConsumerRetry retry;
    private final ProcessedEvents processed;
    private final ProgrammeAgreements agreements;

    AgreementEventsConsumer(ConsumerRetry retry, ProcessedEvents processed, ProgrammeAgreements agreements) {
        this.retry = retry;
        this.processed = processed;
        this.agreements = agreements;
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

    @Override
    public boolean concerns(IncomingEvent event) {
        return ProgrammeAgreements.concerns(event);
    }

    @Override
    public void apply(IncomingEvent event) {
        if (processed.firstDelivery(CONSUMER, event.id())) {
            agreements.apply(event);
        }
    }
}
