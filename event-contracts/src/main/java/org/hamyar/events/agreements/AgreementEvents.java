package org.hamyar.events.agreements;

import java.util.List;

import org.hamyar.events.EventType;
import org.hamyar.events.Topics;

/** The events the agreements-service publishes on {@value Topics#AGREEMENTS}. */
public final class AgreementEvents {
    public static final EventType<OrganizationRegistered> ORGANIZATION_REGISTERED =
            EventType.of("hamyar.agreements.organization-registered.v1", Topics.AGREEMENTS, OrganizationRegistered.class);
    public static final EventType<AgreementSigned> AGREEMENT_SIGNED =
            EventType.of("hamyar.agreements.agreement-signed.v1", Topics.AGREEMENTS, AgreementSigned.class);
    public static final EventType<AgreementActivated> AGREEMENT_ACTIVATED =
            EventType.of("hamyar.agreements.agreement-activated.v1", Topics.AGREEMENTS, AgreementActivated.class);
    public static final EventType<AgreementAmended> AGREEMENT_AMENDED =
            EventType.of("hamyar.agreements.agreement-amended.v1", Topics.AGREEMENTS, AgreementAmended.class);
    public static final EventType<AgreementTerminated> AGREEMENT_TERMINATED =
            EventType.of("hamyar.agreements.agreement-terminated.v1", Topics.AGREEMENTS, AgreementTerminated.class);
    public static final EventType<AgreementExpired> AGREEMENT_EXPIRED =
            EventType.of("hamyar.agreements.agreement-expired.v1", Topics.AGREEMENTS, AgreementExpired.class);
    public static final EventType<CommitmentProgressReported> COMMITMENT_PROGRESS_REPORTED =
            EventType.of("hamyar.agreements.commitment-progress-reported.v1", Topics.AGREEMENTS, CommitmentProgressReported.class);
    public static final EventType<CommitmentOverdue> COMMITMENT_OVERDUE =
            EventType.of("hamyar.agreements.commitment-overdue.v1", Topics.AGREEMENTS, CommitmentOverdue.class);

    /** Every event type above, in the order of an agreement's life: for schema checks and the AsyncAPI document. */
    public static final List<EventType<?>> ALL = List.of(
            ORGANIZATION_REGISTERED, AGREEMENT_SIGNED, AGREEMENT_ACTIVATED, AGREEMENT_AMENDED,
            AGREEMENT_TERMINATED, AGREEMENT_EXPIRED, COMMITMENT_PROGRESS_REPORTED, COMMITMENT_OVERDUE);

    private AgreementEvents() {
    }
}
