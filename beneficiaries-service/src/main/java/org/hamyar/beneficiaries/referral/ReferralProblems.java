package org.hamyar.beneficiaries.referral;

import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;

/** The ways a referral is refused, one status each. */
public final class ReferralProblems {

    private ReferralProblems() {
    }

    /** 404: no such referral, none the caller is a party to, or an action that is the other party's. */
    public static final class ReferralNotFound extends DomainProblem {
        public ReferralNotFound(UUID id) {
            super(404, "referral-not-found", "Referral not found", "There is no referral {0} that you may see or act on", id);
        }
    }

    /** 422: no consent recorded, no referral (docs/product.md §4). */
    public static final class ConsentMissing extends DomainProblem {
        public ConsentMissing() {
            super(422, "consent-missing", "Consent missing",
                    "A referral shares the record with the receiver: it needs the person''s recorded consent");
            withField("consent.given", "{referral.consent-required}");
        }
    }

    /** 422: the receiver is not an organisation the service knows, or is the sender. */
    public static final class UnknownReceiver extends DomainProblem {
        public UnknownReceiver(UUID receiver) {
            super(422, "referral-receiver-unknown", "Receiver unknown",
                    "Organisation {0} is not another organisation of the network that this service knows", receiver);
            withField("receiverOrganizationId", "{referral.receiver-unknown}");
        }
    }

    /** 422: the sender sees the record only through data sharing or a referral: it has no version of its own to pass on. */
    public static final class NotRegisteredBySender extends DomainProblem {
        public NotRegisteredBySender() {
            super(422, "referral-needs-own-record", "Not your own record",
                    "Your organisation refers what it registered itself; register the person or household first");
        }
    }

    /** 409: the referral is not in a state the action applies to. */
    public static final class InvalidTransition extends DomainProblem {
        public InvalidTransition(UUID id, ReferralStatus status, ReferralAction action) {
            super(409, "referral-invalid-transition", "Invalid referral transition",
                    "Referral {0} is {1}: it cannot be {2}", id, status, action.result());
            with("referralStatus", status.name());
        }
    }
}
