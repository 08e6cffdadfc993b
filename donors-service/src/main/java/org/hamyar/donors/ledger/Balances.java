package org.hamyar.donors.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fund's balances, derived from its journal lines; integer rials. */
@Schema(description = "A fund's balances in integer rials, summed from its ledger")
public record Balances(
        @Schema(description = "Money held for the fund: every donation received, less nothing (aid is paid from it)", example = "500000000") long cashRials,
        @Schema(description = "Free to allocate", example = "400000000") long availableRials,
        @Schema(description = "Reserved for aid not granted yet", example = "75000000") long reservedRials,
        @Schema(description = "Spent on granted aid", example = "25000000") long disbursedRials) {
}
