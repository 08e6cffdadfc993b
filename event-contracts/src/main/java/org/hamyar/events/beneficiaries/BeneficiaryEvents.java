package org.hamyar.events.beneficiaries;

import org.hamyar.events.EventType;
import org.hamyar.events.Topics;

/** The events the beneficiaries-service publishes on {@value Topics#BENEFICIARIES}. */
public final class BeneficiaryEvents {
    public static final EventType<AidGranted> AID_GRANTED =
            EventType.of("hamyar.beneficiaries.aid-granted.v1", Topics.BENEFICIARIES, AidGranted.class);
    public static final EventType<AidRevoked> AID_REVOKED =
            EventType.of("hamyar.beneficiaries.aid-revoked.v1", Topics.BENEFICIARIES, AidRevoked.class);

    private BeneficiaryEvents() {
    }
}
