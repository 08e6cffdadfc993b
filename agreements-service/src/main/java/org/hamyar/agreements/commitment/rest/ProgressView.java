package org.hamyar.agreements.commitment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressReport")
public record ProgressView(UUID id, UUID commitmentId, Long value, boolean done, String note, LocalDate reportedOn,
                           UUID reportedByOrganizationId, Instant recordedAt, long progressTotal, String percent,
                           boolean achieved) {
}
