package org.hamyar.donors.aid.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamyar.outbox.ConsumerRetry;
import org.hamyar.outbox.EventConsumer;
import org.hamyar.outbox.IncomingEvent;
import org.jboss.logging.Logger;

/**
 * Reads {@code beneficiaries.events} (consumer group {@code donors-service}) and records the aid
 * the network granted and revoked.
 *
 * <p>Each event is applied through {@link ConsumerRetry}, in a transaction of its own
 * ({@link AidEventHandler#apply}): a transient failure (the database restarting) is retried in
 * place, so that it delays the partition instead of sending good events to the dead-letter topic. A
 * failure no retry can cure is written to the service's dead letters (an admin replays it through
 * {@link #apply}) and thrown; the channel's failure strategy then moves the record, headers and
 * reason included, to {@code beneficiaries.events.donors-dlq} and the partition moves on. Either
 * way nothing is lost.
 */
@ApplicationScoped
public class BeneficiaryEventsConsumer implements EventConsumer {

    static final String CHANNEL = "beneficiaries-in";
    private static final Logger LOG = Logger.getLogger(BeneficiaryEventsConsumer.class);

    private final AidEventHandler handler;
    private final ConsumerRetry retry;

    BeneficiaryEventsConsumer(AidEventHandler handler, ConsumerRetry retry) {
        this.handler = handler;
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

    @Override
    public boolean concerns(IncomingEvent event) {
        if (!handler.handles(event)) {
            LOG.debugf("Ignoring %s %s: not an event the donors-service reacts to", event.type(), event.id());
            return false;
        }
        return true;
    }

    @Override
    public void apply(IncomingEvent event) {
        handler.apply(event);
    }
}
