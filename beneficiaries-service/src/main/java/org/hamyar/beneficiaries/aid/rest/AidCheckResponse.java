package org.hamyar.beneficiaries.aid.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AidCheck", description = "What recording the aid now would give; nothing was recorded.")
public record AidCheckResponse(
        @Schema(description = "A grant would be refused (409)") boolean blocked,
        List<ConflictView> conflicts) {
}
