package org.hamyar.outbox.parcel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hamyar.outbox.EventOutbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The test application's service: each write changes parcels and publishes in one transaction. */
@ApplicationScoped
public class ParcelService {

    /** The change failed after the event was handed to the outbox. */
    public static class ShipmentRefused extends RuntimeException {
        ShipmentRefused() {
            super("refused after publishing");
        }
    }

    private final ParcelRepository parcels;
    private final EventOutbox outbox;

    ParcelService(ParcelRepository parcels, EventOutbox outbox) {
        this.parcels = parcels;
        this.outbox = outbox;
    }

    @Transactional
    public UUID register(String destination) {
        Parcel parcel = Parcel.to(destination);
        parcels.persist(parcel);
        return parcel.id;
    }

    /** @return the event id */
    @Transactional
    public UUID ship(UUID parcelId) {
        Parcel parcel = parcels.findById(parcelId);
        parcel.shipments++;
        return outbox.publish(ParcelEvents.PARCEL_SHIPPED, parcel.id.toString(), shipped(parcel));
    }

    @Transactional
    public void shipButFail(UUID parcelId) {
        ship(parcelId);
        throw new ShipmentRefused();
    }

    /** Registers and ships {@code count} parcels in one transaction; @return their ids */
    @Transactional
    public List<UUID> registerAndShip(int count) {
        var shipped = new ArrayList<ParcelShipped>(count);
        for (int i = 0; i < count; i++) {
            Parcel parcel = Parcel.to("destination " + i);
            parcel.shipments = 1;
            parcels.persist(parcel);
            shipped.add(shipped(parcel));
        }
        outbox.publishAll(ParcelEvents.PARCEL_SHIPPED, shipped, event -> event.parcelId().toString());
        return shipped.stream().map(ParcelShipped::parcelId).toList();
    }

    @Transactional
    public int shipments(UUID parcelId) {
        return parcels.findById(parcelId).shipments;
    }

    private static ParcelShipped shipped(Parcel parcel) {
        return new ParcelShipped(parcel.id, parcel.destination, parcel.shipments,
                LocalDate.of(2026, 3, 21), Instant.now());
    }
}
