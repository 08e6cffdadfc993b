package org.hamyar.beneficiaries.aid.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.validation.PlainText;

@Schema(name = "RevocationRequest")
public record RevocationRequest(@NotBlank @Size(max = 1000) @PlainText String reason) {
}
