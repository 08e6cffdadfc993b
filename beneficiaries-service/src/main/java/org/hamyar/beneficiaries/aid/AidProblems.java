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
}
