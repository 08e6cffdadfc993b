package org.hamyar.agreements.committee.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.committee.Selection;

/** The choosing party picks one nominee, who takes the seat. */
@Schema(name = "SelectionRequest")
public record SelectionRequest(
        @NotNull UUID organizationId,
        @Schema(description = "The person who will represent the chosen organisation, when already known")
        @Size(max = 200) String personName,
        @Size(max = 300) String personTitle) {

    public Selection toSelection() {
        return new Selection(organizationId, personName, personTitle);
    }
}
