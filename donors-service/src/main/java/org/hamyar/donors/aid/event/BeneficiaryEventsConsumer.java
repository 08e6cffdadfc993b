package org.hamyar.donors.aid.event;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamyar.outbox.ConsumerRetry;
import org.hamyar.outbox.EventConsumer;
import org.hamyar.outbox.IncomingEvent;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
 *
 * <p>The channel delivers the records of a poll together ({@code batch=true}), and
 * {@link ConsumerRetry#consumeAll} applies their events in one transaction, falling back to one at a
 * time when it fails: at hundreds of grants a second one commit per event could not keep up. Each
 * record is acknowledged or dead-lettered (nacked) on its own, as a record of a one-at-a-time channel is.
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
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> messages = batch.getRecords();
        List<ConsumerRecord<String, String>> records = messages.stream().map(BeneficiaryEventsConsumer::recordOf).toList();
        List<ConsumerRetry.Outcome> outcomes = retry.consumeAll(this, records);
        var settled = new CompletableFuture<?>[messages.size()];
        for (int i = 0; i < messages.size(); i++) {
            ConsumerRetry.Outcome outcome = outcomes.get(i);
            settled[i] = (outcome.applied() ? messages.get(i).ack() : messages.get(i).nack(outcome.failure()))
                    .toCompletableFuture();
        }
        return CompletableFuture.allOf(settled);
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> recordOf(KafkaRecord<String, String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow().getRecord();
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
