package org.hamyar.donors.money;

import org.hamyar.api.problem.DomainProblem;

import java.util.List;
import java.util.UUID;

/** The donors-service's own problems (docs/spine-api.md: one status per problem type). */
public final class MoneyProblems {

    /** Programme funds: the agreement is not in force, or the provider is not one of its parties. */
    public static final String AGREEMENT = "agreement";
    public static final String PARTIES = "parties";

    private MoneyProblems() {
    }

    /** 404 {@code <what>-not-found}: no such record, or one the caller may not see. */
    public static DomainProblem notFound(String what, UUID id) {
        return new DomainProblem(404, what + "-not-found", "Not found", "No " + what + " {0} exists for you", String.valueOf(id));
    }

    /**
     * 422: the fund's restrictions (or, for an endowment's fund, the endower's intention) forbid
     * the allocation; {@code clauses} names every violated clause, and each is also a field error
     * on the request field that broke it.
     */
    public static DomainProblem restrictionViolated(UUID fundId, boolean intention, List<String> clauses) {
        String slug = intention ? "intention-violated" : "restriction-violated";
        DomainProblem problem = new DomainProblem(422, slug,
                intention ? "The endower's intention forbids this" : "The fund's restrictions forbid this",
                "Fund {0} may not pay for this; violated: {1}", fundId.toString(), String.join(", ", clauses))
                .with("fundId", fundId)
                .with("clauses", clauses);
        for (String clause : clauses) {
            problem.withField(requestField(clause), "{" + slug + "." + clause + "}");
        }
        return problem;
    }

    private static String requestField(String clause) {
        if (clause.startsWith(AGREEMENT + ".")) {
            return requestField(clause.substring(AGREEMENT.length() + 1));
        }
        return switch (clause) {
            case AGREEMENT -> "fundId";
            case PARTIES -> "providerOrganizationId";
            case Restrictions.AID_CATEGORIES -> "aidCategory";
            case Restrictions.BENEFICIARY_CATEGORIES -> "beneficiaryCategory";
            case Restrictions.PROVINCES -> "provinceCode";
            case Restrictions.COUNTIES -> "county";
            default -> clause;
        };
    }

    /** 409: the fund's available balance is smaller than the amount. */
    public static DomainProblem insufficientBalance(UUID fundId, long available, long requested) {
        return new DomainProblem(409, "insufficient-balance", "Insufficient balance",
                "Fund {0} has {1} rials available; {2} were asked for", fundId.toString(), available, requested)
                .with("fundId", fundId)
                .with("availableRials", available)
                .with("requestedRials", requested);
    }

    /** 409: the record's state does not allow the action. */
    public static DomainProblem invalidTransition(String what, Object status, String action) {
        return new DomainProblem(409, "invalid-transition", "Invalid transition",
                "A {0} that is {1} cannot be {2}", what, String.valueOf(status), action)
                .with("currentStatus", String.valueOf(status));
    }

    /** 409: a record with this natural key exists already. */
    public static DomainProblem duplicate(String what, String field) {
        return new DomainProblem(409, what + "-exists", "Already registered",
                "A {0} with this {1} is already registered", what, field)
                .withField(field, "{duplicate}");
    }
}
