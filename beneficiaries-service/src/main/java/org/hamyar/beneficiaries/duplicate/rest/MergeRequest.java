package org.hamyar.beneficiaries.duplicate.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MergeRequest", description = "Which of the two persons remains. Prefer the one with a national code: "
        + "the survivor keeps its own identifiers, the other's still lead to it.")
public record MergeRequest(
        @Schema(description = "personId or candidateId of the duplicate") @NotNull UUID survivingPersonId) {
}
