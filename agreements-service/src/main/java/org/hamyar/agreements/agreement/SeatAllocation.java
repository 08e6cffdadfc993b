package org.hamyar.agreements.agreement;

import jakarta.persistence.Embeddable;

import java.util.UUID;

/** How many seats of the joint committee a party holds. */
@Embeddable
public class SeatAllocation {

    private UUID organizationId;
    private int seats;

    protected SeatAllocation() {
    }

    public SeatAllocation(UUID organizationId, int seats) {
        this.organizationId = organizationId;
        this.seats = seats;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public int seats() {
        return seats;
    }
}
