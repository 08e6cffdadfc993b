package org.hamyar.donors.fund.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.money.Restrictions;

/** A fund's name and restrictions, replaced whole (PUT with If-Match). */
@Schema(name = "FundUpdate")
public record FundUpdate(
        @NotBlank @Size(max = 200) String nameFa,
        Restrictions restrictions,
        @Size(max = 2000) String restrictionFa) {
}
