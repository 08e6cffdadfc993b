package org.hamyar.beneficiaries.aid;

import java.util.List;
import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;

/** The ways recording or revoking aid is refused, one status each. */
public final class AidProblems {

    private AidProblems() {
    }

    /** 409: the network's overlap rules block the aid; {@code conflicts} lists why. */
    public static final class OverlapBlocked extends DomainProblem {
        public OverlapBlocked(List<?> conflicts) {
            super(409, "overlap-blocked", "Overlap blocked",
                    "This aid overlaps aid already recorded for the household, and the network''s rules block it ({0} conflicts)",
                    conflicts.size());
            with("conflicts", conflicts);
        }
    }

    /** 403: only a coordinator of the granting organisation overrides a block (docs/product.md §4). */
    public static final class OverrideNotAllowed extends DomainProblem {
        public OverrideNotAllowed() {
            super(403, "override-not-allowed", "Override not allowed",
                    "Only a coordinator of the granting organisation may override a blocked overlap");
            withField("overrideJustification", "only a coordinator may override");
        }
    }

    /** 422: the aid names an agreement that is not an ACTIVE one of its provider. */
    public static final class NotUnderAgreement extends DomainProblem {
        public NotUnderAgreement(UUID agreementId) {
            super(422, "agreement-not-applicable", "Agreement not applicable",
                    "Agreement {0} is not an active agreement your organisation is a party to", agreementId);
            withField("agreementId", "is not an active agreement of your organisation");
        }
    }

    /** 409: only PLANNED aid is delivered. */
    public static final class NotPlanned extends DomainProblem {
        public NotPlanned(UUID id, AidStatus status) {
            super(409, "aid-not-planned", "Aid not planned", "Aid {0} is {1}, not PLANNED", id, status);
        }
    }

    public static final class AidNotFound extends DomainProblem {
        public AidNotFound(UUID id) {
            super(404, "aid-not-found", "Aid not found", "There is no aid record {0} that you may see", id);
        }
    }

    /** 403: an organisation records aid as itself only. */
    public static final class NotYourOrganization extends DomainProblem {
        public NotYourOrganization() {
            super(403, "not-your-organization", "Not your organisation",
                    "You record aid for your own organisation only");
            withField("providerOrganizationId", "must be your own organisation");
        }
    }

    /** 403: only the provider revokes its aid. */
    public static final class NotTheProvider extends DomainProblem {
        public NotTheProvider(UUID id) {
            super(403, "not-the-provider", "Not the provider", "Only the organisation that gave aid {0} may revoke it", id);
        }
    }

    public static final class AlreadyRevoked extends DomainProblem {
        public AlreadyRevoked(UUID id) {
            super(409, "aid-already-revoked", "Aid already revoked", "Aid {0} was revoked before", id);
        }
    }

    /** 422: the personal aid names someone who is neither the head nor a member of the household. */
    public static final class PersonNotInHousehold extends DomainProblem {
        public PersonNotInHousehold() {
            super(422, "person-not-in-household", "Person not in household",
                    "The person is neither the head nor a member of the household");
            withField("personId", "is not in the household");
        }
    }

    /** Aid to a person outside any household is given where they live: the versions the provider may see give no address. */
    public static final class PersonWithoutAddress extends DomainProblem {
        public PersonWithoutAddress() {
            super(422, "person-without-address", "Person without address",
                    "Aid to a person outside any household needs their address: correct your version of the person first");
            withField("personId", "{aid.person-without-address}");
        }
    }
}
