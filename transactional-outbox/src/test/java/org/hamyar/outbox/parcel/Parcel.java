package org.hamyar.outbox.parcel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/** A test-only aggregate: a service changes it and publishes in the same transaction. */
@Entity
public class Parcel {

    @Id
    public UUID id;
    public String destination;
    public int shipments;

    public static Parcel to(String destination) {
        var parcel = new Parcel();
        parcel.id = UUID.randomUUID();
        parcel.destination = destination;
        return parcel;
    }
}
