package org.hamyar.agreements.agreement;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamyar.api.problem.DomainProblem;

/** The ways a request about an agreement fails, each with one status and a stable type. */
public final class AgreementProblems {

    private AgreementProblems() {
    }

    /** 404; also what a non-party gets for a draft, whose existence it may not learn. */
    public static final class NotFound extends DomainProblem {
        public NotFound(UUID id) {
            super(404, "agreement-not-found", "Agreement not found", "No agreement {0} exists for you", id);
        }
    }

    /** 409: the agreement's status does not allow the action; names the current status. */
    public static final class InvalidTransition extends DomainProblem {
        public InvalidTransition(AgreementStatus current, AgreementAction action) {
            super(409, "invalid-transition", "Invalid transition",
                    "An agreement that is {0} does not allow {1}; allowed in {2}", current, action,
                    names(AgreementLifecycle.statusesAllowing(action)));
            with("currentStatus", current.name());
            with("action", action.name());
        }
    }

    /** 403: the caller's organisation is not a party (the agreement is visible to it, not its to change). */
    public static final class NotAParty extends DomainProblem {
        public NotAParty(UUID organization, UUID agreement) {
            super(403, "not-a-party", "Not a party", "Organisation {0} is not a party to agreement {1}",
                    organization, agreement);
        }
    }

    /** 409: a party signs once. */
    public static final class AlreadySigned extends DomainProblem {
        public AlreadySigned(UUID organization) {
            super(409, "already-signed", "Already signed", "Organisation {0} has already signed this agreement",
                    organization);
        }
    }

    /** 409: a termination was already asked for. */
    public static final class TerminationPending extends DomainProblem {
        public TerminationPending(java.time.LocalDate on) {
            super(409, "termination-pending", "Termination pending", "The agreement is already to end on {0}", on);
        }
    }

    /** 404: no such version of the text. */
    public static final class VersionNotFound extends DomainProblem {
        public VersionNotFound(UUID agreement, int version) {
            super(404, "version-not-found", "Version not found", "Agreement {0} has no version {1}", agreement, version);
        }
    }

    private static String names(Set<AgreementStatus> statuses) {
        return statuses.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
