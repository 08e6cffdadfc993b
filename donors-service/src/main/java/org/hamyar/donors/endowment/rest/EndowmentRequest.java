package org.hamyar.donors.endowment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.money.Restrictions;

import java.util.UUID;

@Schema(name = "EndowmentRequest", description = "An endowment to register; its ENDOWMENT_INCOME fund is opened with it")
public record EndowmentRequest(
        @NotBlank @Size(max = 200) @Schema(example = "حاج محمد بندری") String endowerName,
        @NotBlank @Size(max = 100) @Schema(example = "۱۴۰۲/۸۷۳") String deedNumber,
        @NotBlank @Size(max = 500) @Schema(example = "یک باب مغازه در بازار بندرعباس") String endowedAsset,
        @Schema(description = "The trustee; default the caller's organisation (only an admin names another)") UUID trusteeOrganizationId,
        @NotNull @Valid Restrictions intention,
        @NotBlank @Size(max = 4000) @Schema(description = "The endower's words, in Persian",
                example = "درآمد این موقوفه صرف هزینه تحصیل ایتام استان هرمزگان شود") String intentionFa) {
}
