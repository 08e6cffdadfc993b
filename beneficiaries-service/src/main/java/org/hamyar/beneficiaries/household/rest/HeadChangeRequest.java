package org.hamyar.beneficiaries.household.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.household.service.HouseholdChanges;

@Schema(name = "HeadChangeRequest", description = "Another member becomes head: the former head stays (with a relation to "
        + "the new head), left or died, and every other member's relation is re-expressed to the new head.")
public record HeadChangeRequest(
        @Schema(description = "The member who becomes head") @NotNull UUID personId,
        @NotNull HouseholdChanges.FormerHead formerHead,
        @Schema(description = "The former head's relation to the new head; required when formerHead is STAYS")
        Relation formerHeadRelation,
        @Schema(description = "Every other member of the caller's version, with their relation to the new head")
        @NotNull @Size(max = 30) List<@NotNull @Valid MemberRelation> relations) {

    @Schema(name = "MemberRelation")
    public record MemberRelation(@NotNull UUID personId, @NotNull Relation relation) {
    }
}
