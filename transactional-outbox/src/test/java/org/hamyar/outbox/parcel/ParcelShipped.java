package org.hamyar.outbox.parcel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The test application's one event. {@code shipment} counts the parcel's shipments: 1, 2, 3… */
public record ParcelShipped(UUID parcelId, String destination, int shipment, LocalDate promisedBy, Instant shippedAt) {
}
