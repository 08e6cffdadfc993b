package org.hamyar.outbox.parcel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The test consumer's projection: how many shipments of a parcel it has applied. */
@Entity
@Table(name = "shipment_tally")
public class ShipmentTally {

    @Id
    @Column(name = "parcel_id")
    public UUID parcelId;
    public int shipments;
}
