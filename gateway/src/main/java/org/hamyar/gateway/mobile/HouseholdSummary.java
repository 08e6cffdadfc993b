package org.hamyar.gateway.mobile;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A household as field staff see it on the phone: the household and its aid as the
 * beneficiaries-service shows them to the caller, and for each aid where its money came from
 * (donors-service). The parts are the services' own answers, passed on as they are (Jalali dates
 * included), so the view never hides what a service adds.
 */
@Schema(name = "MobileHouseholdSummary")
public record HouseholdSummary(
        @Schema(example = "6f1c2b7e-3a52-4c1e-9d0b-8f2e4a6b1c3d") UUID householdId,
        @Schema(nullable = true,
                description = "The household as the beneficiaries-service's getHousehold answers the caller "
                        + "(the caller's own version, or what data sharing allows); null when that part is missing.")
        JsonNode household,
        @Schema(description = "The household's newest aid the caller may see (at most 100), each with its funding; "
                + "empty when the aid part is missing.")
        List<FundedAid> aid,
        @Schema(description = "How many aid records the caller may see in all; null when the aid part is missing.",
                nullable = true, example = "2")
        Long aidTotal,
        @Schema(description = "True when a part of the view is missing because a service did not answer in time.")
        boolean partial,
        @Schema(description = "The parts that are missing: `household`, `aid`, `funding`.", example = "[\"funding\"]")
        List<String> missing) {

    /** One aid record and what paid for it. */
    @Schema(name = "MobileFundedAid")
    public record FundedAid(
            @Schema(
                    description = "The aid record as the beneficiaries-service's listHouseholdAid answers it.")
            JsonNode aid,
            @Schema(nullable = true,
                    description = "The allocations that paid for the aid, as the donors-service's findFunding answers "
                            + "them (fund, kind, amount, endowment): empty when none the caller may see, null when "
                            + "the funding part is missing.")
            List<JsonNode> funding) {
    }
}
