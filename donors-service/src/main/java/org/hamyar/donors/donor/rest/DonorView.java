package org.hamyar.donors.donor.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.donor.Donor;
import org.hamyar.donors.donor.DonorDetails;
import org.hamyar.donors.donor.DonorKind;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Donor")
public record DonorView(
        UUID id,
        DonorKind kind,
        @Schema(description = "National code or national id") String identifier,
        DonorDetails details,
        Instant registeredAt,
        Instant updatedAt,
        long version) {

    public static DonorView of(Donor donor) {
        return new DonorView(donor.id(), donor.kind(), donor.identifier(), donor.details(), donor.registeredAt(),
                donor.updatedAt(), donor.version());
    }
}
