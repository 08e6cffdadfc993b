package org.hamyar.donors.donor.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.donor.DonorDetails;
import org.hamyar.donors.donor.DonorKind;

@Schema(name = "DonorRequest")
public record DonorRequest(
        @NotNull DonorKind kind,
        @NotBlank @Schema(description = "PERSON: 10-digit national code; ORGANIZATION: 11-digit national id (check digits verified)",
                example = "0012345679") String identifier,
        @NotNull @Valid DonorDetails details) {
}
