package org.hamyar.outbox.parcel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/** The test consumer's projection: how many shipments of a parcel it has applied. */
@Entity
public class ShipmentTally {

    @Id
    public UUID parcelId;
    public int shipments;
}
