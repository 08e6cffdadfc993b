package org.hamyar.events.beneficiaries;

import java.util.List;

import org.hamyar.events.EventType;
import org.hamyar.events.Topics;

/**
 * The events the beneficiaries-service publishes on {@value Topics#BENEFICIARIES}. Person events
 * are keyed by the person id, household and aid events by the household id (a household's events
 * stay in order).
 */
public final class BeneficiaryEvents {
    public static final EventType<PersonRegistered> PERSON_REGISTERED =
            EventType.of("hamyar.beneficiaries.person-registered.v1", Topics.BENEFICIARIES, PersonRegistered.class);
    public static final EventType<HouseholdRegistered> HOUSEHOLD_REGISTERED =
            EventType.of("hamyar.beneficiaries.household-registered.v1", Topics.BENEFICIARIES, HouseholdRegistered.class);
    public static final EventType<AidGranted> AID_GRANTED =
            EventType.of("hamyar.beneficiaries.aid-granted.v1", Topics.BENEFICIARIES, AidGranted.class);
    public static final EventType<AidRevoked> AID_REVOKED =
            EventType.of("hamyar.beneficiaries.aid-revoked.v1", Topics.BENEFICIARIES, AidRevoked.class);
    public static final EventType<OverlapDetected> OVERLAP_DETECTED =
            EventType.of("hamyar.beneficiaries.overlap-detected.v1", Topics.BENEFICIARIES, OverlapDetected.class);
    // issue 7, aid part
    public static final EventType<OverlapOverridden> OVERLAP_OVERRIDDEN =
            EventType.of("hamyar.beneficiaries.overlap-overridden.v1", Topics.BENEFICIARIES, OverlapOverridden.class);
    // issue 7, duplicates
    public static final EventType<PersonsMerged> PERSONS_MERGED =
            EventType.of("hamyar.beneficiaries.persons-merged.v1", Topics.BENEFICIARIES, PersonsMerged.class);

    /** Every event type above: for schema checks and the AsyncAPI document. */
    public static final List<EventType<?>> ALL = List.of(
            PERSON_REGISTERED, HOUSEHOLD_REGISTERED, AID_GRANTED, AID_REVOKED, OVERLAP_DETECTED,
            OVERLAP_OVERRIDDEN,
            PERSONS_MERGED);

    private BeneficiaryEvents() {
    }
}
