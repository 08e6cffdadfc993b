package org.hamyar.events.donors;

import java.util.List;

import org.hamyar.events.EventType;
import org.hamyar.events.Topics;

/**
 * The events the donors-service publishes on {@value Topics#DONORS}. Donor events are keyed by the
 * donor id, endowment events by the endowment id, donation and allocation events by the fund id (a
 * fund's movements stay in order).
 */
public final class DonorEvents {
    public static final EventType<DonorRegistered> DONOR_REGISTERED =
            EventType.of("hamyar.donors.donor-registered.v1", Topics.DONORS, DonorRegistered.class);
    public static final EventType<EndowmentRegistered> ENDOWMENT_REGISTERED =
            EventType.of("hamyar.donors.endowment-registered.v1", Topics.DONORS, EndowmentRegistered.class);
    public static final EventType<DonationReceived> DONATION_RECEIVED =
            EventType.of("hamyar.donors.donation-received.v1", Topics.DONORS, DonationReceived.class);
    public static final EventType<AllocationReserved> ALLOCATION_RESERVED =
            EventType.of("hamyar.donors.allocation-reserved.v1", Topics.DONORS, AllocationReserved.class);
    public static final EventType<AllocationCommitted> ALLOCATION_COMMITTED =
            EventType.of("hamyar.donors.allocation-committed.v1", Topics.DONORS, AllocationCommitted.class);
    public static final EventType<AllocationReleased> ALLOCATION_RELEASED =
            EventType.of("hamyar.donors.allocation-released.v1", Topics.DONORS, AllocationReleased.class);

    /** Every event type above: for schema checks and the AsyncAPI document. */
    public static final List<EventType<?>> ALL = List.of(DONOR_REGISTERED, ENDOWMENT_REGISTERED, DONATION_RECEIVED,
            ALLOCATION_RESERVED, ALLOCATION_COMMITTED, ALLOCATION_RELEASED);

    private DonorEvents() {
    }
}
