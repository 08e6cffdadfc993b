package org.hamyar.donors.allocation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.allocation.AllocationStatus;
import org.hamyar.donors.fund.FundKind;

import java.util.UUID;

/** What paid for one granted aid: the allocation, its fund and, for endowment income, the endowment. */
@Schema(name = "Funding", description = "The allocation, fund and endowment that paid for an aid (for the gateway's household summary)")
public record FundingView(
        UUID aidId,
        UUID allocationId,
        AllocationStatus status,
        long amountRials,
        UUID fundId,
        FundKind fundKind,
        String fundNameFa,
        @Schema(description = "Null unless the fund is an endowment's income") Endowment endowment) {

    @Schema(name = "FundingEndowment")
    public record Endowment(UUID id, String endowerName, String deedNumber, String intentionFa) {
    }
}
