package org.hamyar.events.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamyar.events.EventType;
import org.hamyar.events.agreements.AgreementActivated;
import org.hamyar.events.agreements.AgreementAmended;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementExpired;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementSigned;
import org.hamyar.events.agreements.AgreementTerminated;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.events.agreements.CommitmentOverdue;
import org.hamyar.events.agreements.CommitmentProgressReported;
import org.hamyar.events.agreements.CoordinationRule;
import org.hamyar.events.agreements.OrganizationRegistered;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.AidRevoked;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.events.beneficiaries.HouseholdRegistered;
import org.hamyar.events.beneficiaries.OverlapDetected;
import org.hamyar.events.beneficiaries.OverlapOverridden;
import org.hamyar.events.beneficiaries.PersonsMerged;
import org.hamyar.events.beneficiaries.PersonRegistered;
import org.hamyar.events.beneficiaries.EnrolmentCreated;
import org.hamyar.events.beneficiaries.EnrolmentEnded;
import org.hamyar.events.beneficiaries.ReferralAccepted;
import org.hamyar.events.beneficiaries.ReferralCompleted;
import org.hamyar.events.beneficiaries.ReferralDeclined;
import org.hamyar.events.beneficiaries.ReferralRevoked;
import org.hamyar.events.beneficiaries.ReferralSent;
import org.hamyar.events.donors.AllocationCommitted;
import org.hamyar.events.donors.AllocationReleased;
import org.hamyar.events.donors.AllocationReserved;
import org.hamyar.events.donors.DonationReceived;
import org.hamyar.events.donors.DonorEvents;
import org.hamyar.events.donors.DonorRegistered;
import org.hamyar.events.donors.EndowmentRegistered;

/**
 * One realistic instance of every event type, as its producer would publish it: the Qazvin relief
 * committee and rural affairs office coordinating food baskets, a household in Abyek county.
 * Fixed ids and times, so that a failure reads the same every run.
 */
public final class EventSamples {

    public static final UUID RELIEF_COMMITTEE = UUID.fromString("0a000000-0000-4000-8000-000000000005");
    public static final UUID RURAL_AFFAIRS = UUID.fromString("0a000000-0000-4000-8000-000000000006");
    public static final UUID AGREEMENT = UUID.fromString("5b1c1f6e-2d9a-4f31-9a53-9d2c6f0a0002");
    public static final UUID COMMITMENT = UUID.fromString("5b1c1f6e-2d9a-4f31-9a53-9d2c6f0a0c01");
    public static final UUID HOUSEHOLD = UUID.fromString("7d000000-0000-4000-8000-0000000000a1");
    public static final UUID HEAD = UUID.fromString("7d000000-0000-4000-8000-0000000000b1");
    public static final UUID AID = UUID.fromString("7d000000-0000-4000-8000-0000000000c1");
    public static final UUID EARLIER_AID = UUID.fromString("7d000000-0000-4000-8000-0000000000c0");
    /** The network's keyed hash of a national code: 64 hex digits, never the code itself. */
    public static final String PERSON_HASH = "4c3efc832613c6235da25980732970b32032e613d9fa42d33b72f5a57693651b";
    public static final Instant AT = Instant.parse("2026-03-21T06:30:00.123456Z");
    public static final UUID DONORS_ASSEMBLY = UUID.fromString("0a000000-0000-4000-8000-000000000004");
    public static final UUID HORMOZGAN_AWQAF = UUID.fromString("0a000000-0000-4000-8000-000000000002");
    public static final UUID DONOR = UUID.fromString("d0000000-0000-4000-8000-000000000001");
    public static final UUID ENDOWMENT = UUID.fromString("d0000000-0000-4000-8000-0000000000e1");
    public static final UUID FUND = UUID.fromString("d0000000-0000-4000-8000-0000000000f1");
    public static final UUID DONATION = UUID.fromString("d0000000-0000-4000-8000-0000000000d1");
    public static final UUID ALLOCATION = UUID.fromString("d0000000-0000-4000-8000-0000000000a1");
    public static final LocalDate DAY = LocalDate.of(2026, 3, 21);
    public static final UUID ENROLMENT = UUID.fromString("7d000000-0000-4000-8000-0000000000e1");
    public static final UUID REFERRAL = UUID.fromString("7d000000-0000-4000-8000-0000000000f1");

    public static final AgreementTerms TERMS = new AgreementTerms(AGREEMENT, 2, "ACTIVE",
            List.of(new AgreementParty(RELIEF_COMMITTEE, "IMPLEMENTER"), new AgreementParty(RURAL_AFFAIRS, "MONITOR")),
            List.of("26"), List.of("آبیک"), List.of("RURAL_POOR", "FEMALE_HEADED"), List.of("FOOD_BASKET", "HOUSING"),
            true, List.of(new CoordinationRule("FOOD_BASKET", "BLOCK"), new CoordinationRule("HOUSING", "WARN")),
            LocalDate.of(2025, 3, 21), null);

    private static final Map<EventType<?>, Object> SAMPLES = samples();

    private EventSamples() {
    }

    /** Every sample, by event type. */
    public static Map<EventType<?>, Object> all() {
        return SAMPLES;
    }

    /** The sample of one event type. */
    public static <T> T of(EventType<T> type) {
        Object sample = SAMPLES.get(type);
        if (sample == null) {
            throw new IllegalArgumentException("No sample of " + type.type());
        }
        return type.dataClass().cast(sample);
    }

    private static Map<EventType<?>, Object> samples() {
        var samples = new LinkedHashMap<EventType<?>, Object>();
        samples.put(AgreementEvents.ORGANIZATION_REGISTERED, new OrganizationRegistered(RELIEF_COMMITTEE,
                "RELIEF_COMMITTEE", "PROVINCE", "26", null, null,
                "کمیته امداد امام خمینی (ره) استان قزوین", "Imam Khomeini Relief Committee, Qazvin"));
        samples.put(AgreementEvents.AGREEMENT_SIGNED, new AgreementSigned(AGREEMENT, 1, RURAL_AFFAIRS, true, AT));
        samples.put(AgreementEvents.AGREEMENT_ACTIVATED, new AgreementActivated(TERMS, AT));
        samples.put(AgreementEvents.AGREEMENT_AMENDED, new AgreementAmended(TERMS, 1, AT));
        samples.put(AgreementEvents.AGREEMENT_TERMINATED, new AgreementTerminated(AGREEMENT, 2, DAY, AT));
        samples.put(AgreementEvents.AGREEMENT_EXPIRED, new AgreementExpired(AGREEMENT, 2, LocalDate.of(2027, 3, 20)));
        samples.put(AgreementEvents.COMMITMENT_PROGRESS_REPORTED, new CommitmentProgressReported(AGREEMENT, 2,
                COMMITMENT, RURAL_AFFAIRS, RELIEF_COMMITTEE, 300L, 900, 900L, "خانوار", true, DAY, AT));
        samples.put(AgreementEvents.COMMITMENT_OVERDUE, new CommitmentOverdue(AGREEMENT, 2, COMMITMENT,
                RELIEF_COMMITTEE, LocalDate.of(2026, 3, 20), 1_200L, 900, DAY));
        samples.put(BeneficiaryEvents.PERSON_REGISTERED, new PersonRegistered(HEAD, PERSON_HASH, RELIEF_COMMITTEE,
                "26", "آبیک", true, AT));
        samples.put(BeneficiaryEvents.HOUSEHOLD_REGISTERED, new HouseholdRegistered(HOUSEHOLD, HEAD, PERSON_HASH, 3,
                RELIEF_COMMITTEE, "RURAL_POOR", "26", "آبیک", true, AT));
        samples.put(BeneficiaryEvents.AID_GRANTED, new AidGranted(AID, HOUSEHOLD, null, null, "FOOD_BASKET",
                25_000_000L, 1, DAY, DAY.plusDays(30), RURAL_AFFAIRS, AGREEMENT, null, "26", "آبیک", true,
                "DELIVERED", 1, AT));
        samples.put(BeneficiaryEvents.AID_REVOKED, new AidRevoked(AID, HOUSEHOLD, RURAL_AFFAIRS, null, AT));
        samples.put(BeneficiaryEvents.OVERLAP_DETECTED, new OverlapDetected(AID, HOUSEHOLD, null, null, "FOOD_BASKET",
                RURAL_AFFAIRS, DAY, DAY.plusDays(30), "26", "آبیک",
                List.of(new OverlapDetected.OverlappingAid(EARLIER_AID, RELIEF_COMMITTEE, true, DAY.minusDays(10), DAY.plusDays(20)),
                        OverlapDetected.OverlappingAid.undisclosed()),
                AT));
        samples.put(DonorEvents.DONOR_REGISTERED, new DonorRegistered(DONOR, "PERSON", DONORS_ASSEMBLY, "NATIONAL",
                "23", AT));
        samples.put(DonorEvents.ENDOWMENT_REGISTERED, new EndowmentRegistered(ENDOWMENT, FUND, HORMOZGAN_AWQAF,
                "۱۲۳۴/۵۶", List.of("EDUCATION_SUPPORT"), List.of("ORPHAN"), List.of("22"), List.of(), AT));
        samples.put(DonorEvents.DONATION_RECEIVED, new DonationReceived(DONATION, FUND, DONOR, "CASH", 500_000_000L, AT));
        samples.put(DonorEvents.ALLOCATION_RESERVED, new AllocationReserved(ALLOCATION, FUND, 25_000_000L,
                "FOOD_BASKET", "RURAL_POOR", "26", "آبیک", RURAL_AFFAIRS, AT.plusSeconds(30L * 24 * 3600), AT));
        samples.put(DonorEvents.ALLOCATION_COMMITTED, new AllocationCommitted(ALLOCATION, FUND, AID, 25_000_000L, AT));
        samples.put(DonorEvents.ALLOCATION_RELEASED, new AllocationReleased(ALLOCATION, FUND, 25_000_000L,
                "AID_REVOKED", AID, AT));
        samples.put(BeneficiaryEvents.OVERLAP_OVERRIDDEN, new OverlapOverridden(EARLIER_AID, AID, HOUSEHOLD, null,
                "FOOD_BASKET", RURAL_AFFAIRS, DAY, null, "26", "آبیک", 1, AT));
        // issue 7, duplicates
        samples.put(BeneficiaryEvents.PERSONS_MERGED, new PersonsMerged(UUID.fromString("0195f0c0-0000-7000-8000-000000000201"),
                "a".repeat(64), UUID.fromString("0195f0c0-0000-7000-8000-000000000202"), "b".repeat(64),
                UUID.fromString("0195f0c0-0000-7000-8000-000000000203"), RURAL_AFFAIRS, AT));
        // issue 7, enrolments and referrals: the relief committee refers a rural family to the rural affairs office
        samples.put(BeneficiaryEvents.ENROLMENT_CREATED, new EnrolmentCreated(ENROLMENT, RELIEF_COMMITTEE, "RURAL_POOR",
                HOUSEHOLD, null, null, DAY, null, AT));
        samples.put(BeneficiaryEvents.ENROLMENT_ENDED, new EnrolmentEnded(ENROLMENT, RELIEF_COMMITTEE, "RURAL_POOR",
                null, HEAD, PERSON_HASH, DAY, DAY.plusDays(90), AT));
        samples.put(BeneficiaryEvents.REFERRAL_SENT, new ReferralSent(REFERRAL, RELIEF_COMMITTEE, RURAL_AFFAIRS,
                HOUSEHOLD, null, null, "RURAL_HOUSING_INSURANCE", "THUMBPRINT", DAY, AT));
        samples.put(BeneficiaryEvents.REFERRAL_ACCEPTED, new ReferralAccepted(REFERRAL, RELIEF_COMMITTEE, RURAL_AFFAIRS,
                HOUSEHOLD, null, null, "RURAL_HOUSING_INSURANCE", AT));
        samples.put(BeneficiaryEvents.REFERRAL_DECLINED, new ReferralDeclined(REFERRAL, RELIEF_COMMITTEE, RURAL_AFFAIRS,
                null, HEAD, PERSON_HASH, "HOUSING", AT));
        samples.put(BeneficiaryEvents.REFERRAL_COMPLETED, new ReferralCompleted(REFERRAL, RELIEF_COMMITTEE, RURAL_AFFAIRS,
                HOUSEHOLD, null, null, "RURAL_HOUSING_INSURANCE", AT));
        samples.put(BeneficiaryEvents.REFERRAL_REVOKED, new ReferralRevoked(REFERRAL, RELIEF_COMMITTEE, RURAL_AFFAIRS,
                null, HEAD, PERSON_HASH, "HOUSING", AT));
        return Collections.unmodifiableMap(samples);
    }
}
