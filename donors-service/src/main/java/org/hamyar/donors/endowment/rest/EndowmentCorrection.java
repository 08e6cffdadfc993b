package org.hamyar.donors.endowment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Corrects how the endower and the asset are recorded (PUT with If-Match); the intention is the deed's and stays. */
@Schema(name = "EndowmentCorrection")
public record EndowmentCorrection(
        @NotBlank @Size(max = 200) String endowerName,
        @NotBlank @Size(max = 500) String endowedAsset) {
}
