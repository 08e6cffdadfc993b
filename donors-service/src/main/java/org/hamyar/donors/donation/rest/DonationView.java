package org.hamyar.donors.donation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.donation.Donation;
import org.hamyar.donors.donation.DonationKind;
import org.hamyar.donors.donation.DonationStatus;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Donation")
public record DonationView(
        UUID id,
        UUID fundId,
        UUID donorId,
        DonationKind kind,
        @Schema(example = "500000000") long amountRials,
        String description,
        DonationStatus status,
        @Schema(description = "Whether it credits the fund with money (a pledge only once paid; goods never)") boolean money,
        @Schema(description = "When the money or goods arrived; null while pledged") Instant receivedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static DonationView of(Donation d) {
        return new DonationView(d.id(), d.fundId(), d.donorId(), d.kind(), d.amountRials(), d.description(), d.status(),
                d.countsAsMoney(), d.receivedAt(), d.createdAt(), d.updatedAt(), d.version());
    }
}
