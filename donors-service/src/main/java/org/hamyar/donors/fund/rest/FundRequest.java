package org.hamyar.donors.fund.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.fund.FundKind;
import org.hamyar.donors.money.Restrictions;

import java.util.UUID;

/** A fund to open. ENDOWMENT_INCOME funds are opened by registering their endowment. */
@Schema(name = "FundRequest")
public record FundRequest(
        @NotNull @Schema(description = "GENERAL, ZAKAT, SADAQA, CRISIS or PROGRAMME", example = "CRISIS") FundKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "صندوق بحران زلزله هرمزگان") String nameFa,
        @Schema(description = "The owning organisation; default the caller's (only an admin names another)") UUID ownerOrganizationId,
        @Schema(description = "PROGRAMME only: the agreement the fund serves") UUID agreementId,
        Restrictions restrictions,
        @Size(max = 2000) @Schema(description = "The restrictions in the words of whoever set them") String restrictionFa) {
}
