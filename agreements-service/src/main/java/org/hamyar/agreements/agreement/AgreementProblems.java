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

    /** 409: another amendment of the agreement is still waiting for signatures. */
    public static final class AmendmentPending extends DomainProblem {
        public AmendmentPending(UUID agreement, int number) {
            super(409, "amendment-pending", "Amendment pending",
                    "Amendment {1} of agreement {0} is still waiting for signatures", agreement, number);
            with("amendmentNumber", number);
        }
    }

    /** 404: no such amendment proposal of the agreement. */
    public static final class AmendmentNotFound extends DomainProblem {
        public AmendmentNotFound(UUID agreement, int number) {
            super(404, "amendment-not-found", "Amendment not found", "Agreement {0} has no amendment {1}",
                    agreement, number);
        }
    }

    /** 409: the amendment was adopted, withdrawn, declined or has lapsed; nothing more can happen to it. */
    public static final class AmendmentClosed extends DomainProblem {
        public AmendmentClosed(int number, AmendmentStatus status) {
            super(409, "amendment-closed", "Amendment closed", "Amendment {0} is {1}: it can no longer be signed or withdrawn",
                    number, status);
            with("amendmentStatus", status.name());
        }
    }

    /** 409: a party signs an amendment once. */
    public static final class AmendmentAlreadySigned extends DomainProblem {
        public AmendmentAlreadySigned(UUID organization, int number) {
            super(409, "amendment-already-signed", "Amendment already signed",
                    "Organisation {0} has already signed amendment {1}", organization, number);
        }
    }

    /**
     * 409: the last signature came, but since the proposal the agreement changed so that its text no
     * longer holds (a committee seat it removes is now held). The proposal stays open; its proposer
     * withdraws it and proposes again.
     */
    public static final class AmendmentNoLongerValid extends DomainProblem {
        public AmendmentNoLongerValid(int number, String fields) {
            super(409, "amendment-no-longer-valid", "Amendment no longer valid",
                    "Amendment {0} no longer fits the agreement as it stands: {1}", number, fields);
        }
    }

    private static String names(Set<AgreementStatus> statuses) {
        return statuses.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
