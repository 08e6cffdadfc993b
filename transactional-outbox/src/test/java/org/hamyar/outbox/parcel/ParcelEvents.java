package org.hamyar.outbox.parcel;

import org.hamyar.events.EventType;

public final class ParcelEvents {
    public static final String TOPIC = "outbox-test.parcels";
    public static final EventType<ParcelShipped> PARCEL_SHIPPED =
            EventType.of("hamyar.outboxtest.parcel-shipped.v1", TOPIC, ParcelShipped.class);

    private ParcelEvents() {
    }
}
