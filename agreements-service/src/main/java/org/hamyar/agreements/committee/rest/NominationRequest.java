package org.hamyar.agreements.committee.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.committee.NominationProposal;

/** The nominating party proposes exactly as many organisations as its rule says. */
@Schema(name = "NominationRequest")
public record NominationRequest(
        @Schema(description = "The nomination rule; may be left out when the caller's organisation nominates under one rule only")
        UUID ruleId,
        @NotNull @Size(min = 1, max = 50) List<@NotNull UUID> nomineeOrganizationIds) {

    public NominationProposal toProposal() {
        return new NominationProposal(ruleId, nomineeOrganizationIds);
    }
}
