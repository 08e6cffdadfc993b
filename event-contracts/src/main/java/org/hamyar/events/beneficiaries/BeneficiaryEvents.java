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

    // issue 7, enrolments and referrals: enrolment events keyed by the subject (household or person id), referral events by the referral id
    public static final EventType<EnrolmentCreated> ENROLMENT_CREATED =
            EventType.of("hamyar.beneficiaries.enrolment-created.v1", Topics.BENEFICIARIES, EnrolmentCreated.class);
    public static final EventType<EnrolmentEnded> ENROLMENT_ENDED =
            EventType.of("hamyar.beneficiaries.enrolment-ended.v1", Topics.BENEFICIARIES, EnrolmentEnded.class);
    public static final EventType<ReferralSent> REFERRAL_SENT =
            EventType.of("hamyar.beneficiaries.referral-sent.v1", Topics.BENEFICIARIES, ReferralSent.class);
    public static final EventType<ReferralAccepted> REFERRAL_ACCEPTED =
            EventType.of("hamyar.beneficiaries.referral-accepted.v1", Topics.BENEFICIARIES, ReferralAccepted.class);
    public static final EventType<ReferralDeclined> REFERRAL_DECLINED =
            EventType.of("hamyar.beneficiaries.referral-declined.v1", Topics.BENEFICIARIES, ReferralDeclined.class);
    public static final EventType<ReferralCompleted> REFERRAL_COMPLETED =
            EventType.of("hamyar.beneficiaries.referral-completed.v1", Topics.BENEFICIARIES, ReferralCompleted.class);
    public static final EventType<ReferralRevoked> REFERRAL_REVOKED =
            EventType.of("hamyar.beneficiaries.referral-revoked.v1", Topics.BENEFICIARIES, ReferralRevoked.class);

    /** Every event type above: for schema checks and the AsyncAPI document. */
    public static final List<EventType<?>> ALL = List.of(
            PERSON_REGISTERED, HOUSEHOLD_REGISTERED, AID_GRANTED, AID_REVOKED, OVERLAP_DETECTED,
            OVERLAP_OVERRIDDEN,
            PERSONS_MERGED,
            ENROLMENT_CREATED, ENROLMENT_ENDED, REFERRAL_SENT, REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_COMPLETED,
            REFERRAL_REVOKED);

    private BeneficiaryEvents() {
    }
}
