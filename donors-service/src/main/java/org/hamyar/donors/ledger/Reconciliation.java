package org.hamyar.donors.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The proof that a fund's ledger reconciles: each check with the figures it compared. */
@Schema(description = "Whether a fund's ledger reconciles, and each check it passed or failed")
public record Reconciliation(
        UUID fundId,
        @Schema(description = "True when every check holds") boolean reconciles,
        long entries,
        long debitRials,
        long creditRials,
        Balances balances,
        List<Check> checks,
        Instant checkedAt) {

    @Schema(name = "ReconciliationCheck")
    public record Check(
            @Schema(example = "cash-equals-money-received") String name,
            boolean holds,
            @Schema(description = "The two figures compared, integer rials (or a count of entries)") long expected,
            long actual) {
    }

    public static Reconciliation of(UUID fundId, long entries, long debits, long credits, Balances balances,
                                    List<Check> checks, Instant at) {
        return new Reconciliation(fundId, checks.stream().allMatch(Check::holds), entries, debits, credits,
                balances, checks, at);
    }
}
