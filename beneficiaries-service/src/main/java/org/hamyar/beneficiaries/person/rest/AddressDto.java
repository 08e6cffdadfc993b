package org.hamyar.beneficiaries.person.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.validation.PlainText;
import org.hamyar.beneficiaries.validation.ProvinceCode;

@Schema(name = "Address", description = "Where a person or household lives.")
public record AddressDto(
        @Schema(description = "Two-digit province code (any digit script, or IR-26)", examples = "26")
        @NotNull @ProvinceCode String provinceCode,
        @Schema(description = "County (shahrestan)", examples = "البرز")
        @NotBlank @Size(max = 100) @PlainText String county,
        @Schema(description = "Village, for rural addresses", examples = "کوندج")
        @Size(max = 100) @PlainText String village,
        @Schema(description = "Whether the address is rural")
        @NotNull Boolean rural) {
}
