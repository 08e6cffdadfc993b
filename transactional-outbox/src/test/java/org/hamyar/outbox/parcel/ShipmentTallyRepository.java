package org.hamyar.outbox.parcel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ShipmentTallyRepository implements PanacheRepositoryBase<ShipmentTally, UUID> {
}
