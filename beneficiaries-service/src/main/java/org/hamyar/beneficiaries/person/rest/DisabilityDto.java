package org.hamyar.beneficiaries.person.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.person.DisabilitySeverity;
import org.hamyar.beneficiaries.person.DisabilityType;

@Schema(name = "Disability", description = "A disability as the State Welfare Organisation assessed it.")
public record DisabilityDto(@NotNull DisabilityType type, @NotNull DisabilitySeverity severity) {
}
