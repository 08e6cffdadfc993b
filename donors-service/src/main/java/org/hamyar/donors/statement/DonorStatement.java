package org.hamyar.donors.statement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.fund.FundKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where a donor's money went (docs/product.md §5), never naming a beneficiary: for each fund it
 * gave money to, its share of what the fund allocated, by aid category, province and Jalali month.
 */
@Schema(name = "DonorStatement", description = "Where a donor's money went; names no beneficiary")
public record DonorStatement(
        UUID donorId,
        String nameFa,
        @Schema(description = "Money given (received donations and paid pledges), integer rials") long givenRials,
        @Schema(description = "Pledges not paid yet") long pledgedRials,
        @Schema(description = "Declared value of gifts in kind") long inKindRials,
        List<FundShare> funds,
        List<Line> lines,
        Instant generatedAt) {

    @Schema(name = "DonorStatementFund")
    public record FundShare(
            UUID fundId,
            FundKind kind,
            String nameFa,
            @Schema(description = "What the donor gave to the fund") long givenRials,
            @Schema(description = "Everything the fund received") long fundReceivedRials,
            @Schema(description = "The donor's share of the fund's spent (committed) money") long spentRials,
            @Schema(description = "The donor's share of the fund's reserved money") long reservedRials,
            @Schema(description = "What of the donor's gift is not allocated yet") long unallocatedRials) {
    }

    @Schema(name = "DonorStatementLine")
    public record Line(
            UUID fundId,
            @Schema(example = "EDUCATION_SUPPORT") String aidCategory,
            @Schema(example = "22") String provinceCode,
            @Schema(description = "Jalali month, yyyy-mm", example = "1405-01") String month,
            @Schema(description = "The month's first day (Gregorian; monthStartJalali is the same day)") LocalDate monthStart,
            @Schema(description = "The donor's share of aid granted (committed allocations)") long spentRials,
            @Schema(description = "The donor's share of money reserved for aid not granted yet") long reservedRials) {
    }
}
