package org.hamyar.outbox.parcel;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamyar.outbox.ConsumerRetry;
import org.hamyar.outbox.EventConsumer;
import org.hamyar.outbox.IncomingEvent;
import org.hamyar.outbox.ProcessedEvents;
import org.hamyar.outbox.UnusableEventException;

import java.util.Optional;
import java.util.UUID;

/** A consumer written the way docs/spine-api.md tells services to write theirs. */
@ApplicationScoped
public class ShipmentTallyConsumer implements EventConsumer {

    public static final String CONSUMER = "outbox-test-shipment-tally";
    public static final String CHANNEL = "parcels-in";

    private final ProcessedEvents processed;
    private final ShipmentTallyRepository tallies;
    private final ConsumerRetry retry;

    ShipmentTallyConsumer(ProcessedEvents processed, ShipmentTallyRepository tallies, ConsumerRetry retry) {
        this.processed = processed;
        this.tallies = tallies;
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
        return event.is(ParcelEvents.PARCEL_SHIPPED);
    }

    @Override
    public void apply(IncomingEvent event) {
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        ParcelShipped shipped = event.dataAs(ParcelEvents.PARCEL_SHIPPED);
        if (shipped.parcelId() == null) {
            throw new UnusableEventException("parcelId is missing");
        }
        ShipmentTally tally = tallies.findByIdOptional(shipped.parcelId()).orElseGet(() -> {
            var created = new ShipmentTally();
            created.parcelId = shipped.parcelId();
            tallies.persist(created);
            return created;
        });
        tally.shipments++;
    }

    @Transactional
    public Optional<Integer> tally(UUID parcelId) {
        return tallies.findByIdOptional(parcelId).map(tally -> tally.shipments);
    }
}
