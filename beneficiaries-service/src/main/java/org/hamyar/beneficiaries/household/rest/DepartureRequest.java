package org.hamyar.beneficiaries.household.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.household.Departure;

@Schema(name = "DepartureRequest", description = "A member leaves the household for none (LEFT) or died (DIED). "
        + "Moving to another household is joining it: POST /api/households/{id}/members of that household.")
public record DepartureRequest(@NotNull Departure reason) {
}
