package org.hamyar.events;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.events.donors.DonorEvents;

/**
 * Every event type of the network, whichever service publishes it. A new producer's list joins
 * {@link #ALL}; the tests of event-contracts fail when an {@link EventType} constant is missing
 * here or has no schema.
 */
public final class EventTypes {

    /** Every event type, by producer: the agreements-service's, the beneficiaries-service's, the donors-service's. */
    public static final List<EventType<?>> ALL = Stream.of(AgreementEvents.ALL, BeneficiaryEvents.ALL, DonorEvents.ALL)
            .flatMap(List::stream)
            .toList();

    private EventTypes() {
    }

    /** The event type with this {@code ce_type}, version included. */
    public static Optional<EventType<?>> byType(String ceType) {
        return ALL.stream().filter(type -> type.type().equals(ceType)).findFirst();
    }
}
