package org.hamyar.agreements.organization.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.organization.Grade;

@Schema(name = "Assessment")
public record AssessmentView(UUID id, UUID organizationId, Grade grade, LocalDate assessedOn, UUID assessingOrganizationId,
                             String note, Instant recordedAt) {
}
